using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var graph = new Dictionary<string, string[]>
        {
            { "A", new[] { "B", "C" } }, { "B", new[] { "D", "E" } }, { "C", new[] { "E" } },
            { "D", new string[0] }, { "E", new[] { "F" } }, { "F", new string[0] },
        };

        var distance = new Dictionary<string, int> { { "A", 0 } }; // also the "seen" set
        var queue = new Queue<string>();
        queue.Enqueue("A");
        while (queue.Count > 0)
        {
            string node = queue.Dequeue(); // oldest first: nearest nodes first
            Console.WriteLine(node + " is " + distance[node] + " steps from A");
            foreach (string next in graph[node])
            {
                if (distance.ContainsKey(next)) continue; // already seen
                distance[next] = distance[node] + 1;
                queue.Enqueue(next);
            }
        }
    }
}
