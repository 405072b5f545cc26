using System;
using System.Collections.Generic;
using System.Linq;

class Node<K> where K : IComparable<K>
{
    public readonly K Key;
    public Node<K> Left, Right;
    public Node(K key) { Key = key; }
}

class Program
{
    static Node<K> Insert<K>(Node<K> node, K key) where K : IComparable<K>
    {
        if (node == null) return new Node<K>(key);
        int c = key.CompareTo(node.Key);
        if (c < 0) node.Left = Insert(node.Left, key);
        else if (c > 0) node.Right = Insert(node.Right, key); // duplicates ignored
        return node;
    }

    // Lazy in-order sequence. Note: nested yield costs O(depth) per item;
    // fine for balanced trees, use an explicit stack for very deep ones.
    static IEnumerable<K> InOrder<K>(Node<K> node) where K : IComparable<K>
    {
        if (node == null) yield break;
        foreach (var k in InOrder(node.Left)) yield return k;
        yield return node.Key;
        foreach (var k in InOrder(node.Right)) yield return k;
    }

    // Keys in [lo, hi], skipping subtrees that cannot contain any.
    static void InRange<K>(Node<K> node, K lo, K hi, List<K> output) where K : IComparable<K>
    {
        if (node == null) return;
        if (lo.CompareTo(node.Key) < 0) InRange(node.Left, lo, hi, output);
        if (lo.CompareTo(node.Key) <= 0 && node.Key.CompareTo(hi) <= 0) output.Add(node.Key);
        if (node.Key.CompareTo(hi) < 0) InRange(node.Right, lo, hi, output);
    }

    static int Height<K>(Node<K> node) where K : IComparable<K> =>
        node == null ? 0 : 1 + Math.Max(Height(node.Left), Height(node.Right));

    static void Main()
    {
        Node<int> root = null;
        foreach (int key in new[] { 50, 30, 70, 20, 40, 60, 80, 30 }) root = Insert(root, key);
        Console.WriteLine("sorted: " + string.Join(" ", InOrder(root)));
        Console.WriteLine("first three: " + string.Join(" ", InOrder(root).Take(3)));
        var range = new List<int>();
        InRange(root, 35, 65, range);
        Console.WriteLine($"in [35, 65]: {string.Join(" ", range)}, height: {Height(root)}");
    }
}
