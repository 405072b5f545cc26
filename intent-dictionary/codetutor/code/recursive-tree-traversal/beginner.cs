using System;

class Node
{
    public int Key;
    public Node Left, Right;
    public Node(int key) { Key = key; }
}

class Program
{
    static Node Insert(Node node, int key)
    {
        if (node == null) return new Node(key); // base case: empty spot
        if (key < node.Key) node.Left = Insert(node.Left, key);
        else node.Right = Insert(node.Right, key);
        return node;
    }

    static void InOrder(Node node)
    {
        if (node == null) return; // base case: empty subtree prints nothing
        InOrder(node.Left);       // all smaller keys first
        Console.Write(node.Key + " ");
        InOrder(node.Right);      // then all larger keys
    }

    static void Main()
    {
        Node root = null;
        foreach (int key in new[] { 50, 30, 70, 20, 40, 60 }) root = Insert(root, key);
        InOrder(root); // prints the keys in sorted order
        Console.WriteLine();
    }
}
