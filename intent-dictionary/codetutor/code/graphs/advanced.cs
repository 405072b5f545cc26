using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    // Counts connected components and returns BFS hop distances from a start node.
    static Dictionary<int, int> Bfs(List<int>[] graph, int start, bool[] seen)
    {
        var dist = new Dictionary<int, int> { [start] = 0 };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        seen[start] = true; // mark on enqueue so no node is queued twice
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            foreach (int v in graph[u])
            {
                if (seen[v]) continue;
                seen[v] = true;
                dist[v] = dist[u] + 1;
                queue.Enqueue(v);
            }
        }
        return dist;
    }

    static void Main()
    {
        int n = 8;
        var graph = new List<int>[n];
        for (int i = 0; i < n; i++) graph[i] = new List<int>();
        int[,] edges = { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 0, 4 }, { 4, 3 }, { 5, 6 } };
        for (int i = 0; i < edges.GetLength(0); i++)
        {
            graph[edges[i, 0]].Add(edges[i, 1]); // undirected: add both directions
            graph[edges[i, 1]].Add(edges[i, 0]);
        }

        var seen = new bool[n];
        int components = 0;
        for (int v = 0; v < n; v++)
        {
            if (seen[v]) continue;
            components++;
            var dist = Bfs(graph, v, seen);
            Console.WriteLine("component from " + v + ": " + dist.Count + " nodes, farthest " +
                              dist.Values.Max() + " hops");
        }
        Console.WriteLine("components: " + components);
    }
}
