using System;

class Program
{
    class Node { public int Key; public Node Left, Right; } // smaller left, larger right

    static Node Insert(Node node, int key)
    {
        if (node == null) return new Node { Key = key };
        if (key < node.Key) node.Left = Insert(node.Left, key);
        else if (key > node.Key) node.Right = Insert(node.Right, key);
        return node; // equal keys are ignored
    }

    static bool Contains(Node node, int key)
    {
        while (node != null && node.Key != key) node = key < node.Key ? node.Left : node.Right;
        return node != null; // each step skips half the tree
    }

    static void Main()
    {
        Node root = null;
        foreach (int key in new[] { 50, 30, 70, 20, 40, 60 }) root = Insert(root, key);
        Console.WriteLine("has 40? " + Contains(root, 40) + ", has 45? " + Contains(root, 45));
    }
}
