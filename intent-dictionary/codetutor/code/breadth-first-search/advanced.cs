using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    // Level-by-level BFS: process the queue one whole ring at a time, which
    // groups people by degree of separation. Stops after maxDepth levels.
    static List<List<string>> Levels(Dictionary<string, List<string>> friends, string start, int maxDepth)
    {
        if (!friends.ContainsKey(start)) throw new KeyNotFoundException("unknown person: " + start);
        var seen = new HashSet<string> { start };
        var levels = new List<List<string>>();
        var frontier = new Queue<string>(new[] { start });
        while (frontier.Count > 0 && levels.Count <= maxDepth)
        {
            var level = new List<string>();
            for (int n = frontier.Count; n > 0; n--) // only the current ring
            {
                string person = frontier.Dequeue();
                level.Add(person);
                foreach (string f in friends[person])
                    if (seen.Add(f)) frontier.Enqueue(f); // Add is false if already seen
            }
            levels.Add(level);
        }
        return levels;
    }

    static void AddEdge(Dictionary<string, List<string>> g, string from, string to)
    {
        if (!g.ContainsKey(from)) g[from] = new List<string>();
        g[from].Add(to);
    }

    static void Main()
    {
        var pairs = new[] { "ana-bo", "ana-cy", "bo-dee", "cy-dee", "dee-eli", "eli-fay", "gus-hal" };
        var friends = new Dictionary<string, List<string>>();
        foreach (var p in pairs.Select(s => s.Split('-')))
        {
            AddEdge(friends, p[0], p[1]); // friendship goes both ways
            AddEdge(friends, p[1], p[0]);
        }

        var levels = Levels(friends, "ana", 2);
        for (int d = 0; d < levels.Count; d++)
            Console.WriteLine(d + ": " + string.Join(", ", levels[d])); // gus and hal never appear
    }
}
