using System;
using System.Collections.Generic;

class Program
{
    // A generic BST set with deletion and a lazy, stack-based in-order iterator.
    class BstSet<T> where T : IComparable<T>
    {
        class Node { public T Key; public Node Left, Right; }
        Node root;

        public void Add(T key) { root = Add(root, key); }
        public void Remove(T key) { root = Remove(root, key); }

        static Node Add(Node n, T key)
        {
            if (n == null) return new Node { Key = key };
            int c = key.CompareTo(n.Key);
            if (c < 0) n.Left = Add(n.Left, key);
            else if (c > 0) n.Right = Add(n.Right, key);
            return n;
        }

        static Node Remove(Node n, T key)
        {
            if (n == null) return null;
            int c = key.CompareTo(n.Key);
            if (c < 0) n.Left = Remove(n.Left, key);
            else if (c > 0) n.Right = Remove(n.Right, key);
            else if (n.Left == null || n.Right == null) return n.Left ?? n.Right;
            else
            {
                Node succ = n.Right; // smallest key greater than n.Key
                while (succ.Left != null) succ = succ.Left;
                n.Key = succ.Key;
                n.Right = Remove(n.Right, succ.Key);
            }
            return n;
        }

        public IEnumerable<T> InOrder()
        {
            var stack = new Stack<Node>();
            for (Node n = root; stack.Count > 0 || n != null; n = n.Right)
            {
                for (; n != null; n = n.Left) stack.Push(n);
                n = stack.Pop();
                yield return n.Key;
            }
        }
    }

    static void Main()
    {
        var set = new BstSet<int>();
        foreach (int k in new[] { 50, 30, 70, 20, 40, 60, 80 }) set.Add(k);
        set.Remove(50); // the root, with two children
        Console.WriteLine(string.Join(" ", set.InOrder()));

        // SortedSet<T> is the balanced (red-black) tree to use in real code.
        var sorted = new SortedSet<int>(new[] { 5, 1, 9, 3 });
        Console.WriteLine("view 2..6: " + string.Join(" ", sorted.GetViewBetween(2, 6)));
    }
}
