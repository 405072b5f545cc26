using System;
using System.Collections.Generic;

class Program
{
    // Directory-like tree: a leaf (no children) is the base case.
    class Item
    {
        public string Name;
        public int Size;
        public List<Item> Children = new List<Item>();
    }

    static int TotalSize(Item item)
    {
        int total = item.Size;
        foreach (var child in item.Children)  // no children: loop body never runs
            total += TotalSize(child);
        return total;
    }

    // Cycles need a visited set, or recursion never reaches a base case.
    static void Visit(Dictionary<string, string[]> graph, string node, HashSet<string> seen, List<string> order)
    {
        if (!seen.Add(node)) return;          // base case: already visited
        order.Add(node);
        if (graph.TryGetValue(node, out string[] next))
            foreach (var n in next) Visit(graph, n, seen, order);
    }

    static void Main()
    {
        var root = new Item { Name = "root", Size = 1 };
        var docs = new Item { Name = "docs", Size = 10 }; // 10 + 5 + 1 + 7 = 23
        docs.Children.Add(new Item { Name = "a.txt", Size = 5 });
        root.Children.Add(docs);
        root.Children.Add(new Item { Name = "b.txt", Size = 7 });
        Console.WriteLine(TotalSize(root)); // 23

        var graph = new Dictionary<string, string[]>
        {
            ["a"] = new[] { "b" }, ["b"] = new[] { "c" }, ["c"] = new[] { "a" },
        };
        var order = new List<string>();
        Visit(graph, "a", new HashSet<string>(), order);
        Console.WriteLine(string.Join(" -> ", order)); // a -> b -> c

        // A StackOverflowException cannot be caught in .NET: handle deep input iteratively.
    }
}
