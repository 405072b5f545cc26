using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    // Invert person -> team into team -> list of people, teams sorted by name.
    static SortedDictionary<string, List<string>> GroupByTeam(IDictionary<string, string> assignments)
    {
        var teams = new SortedDictionary<string, List<string>>();
        foreach (var pair in assignments)
        {
            List<string> people;
            if (!teams.TryGetValue(pair.Value, out people))
            {
                people = new List<string>();
                teams[pair.Value] = people;
            }
            people.Add(pair.Key);
        }
        foreach (var people in teams.Values) people.Sort(StringComparer.Ordinal);
        return teams;
    }

    static void Main()
    {
        var assignments = new Dictionary<string, string>
        {
            ["ana"] = "web", ["bo"] = "data", ["cy"] = "web", ["di"] = "ops", ["ed"] = "data",
        };
        foreach (var pair in GroupByTeam(assignments))
        {
            Console.WriteLine($"{pair.Key,-5} {string.Join(", ", pair.Value)}");
        }

        var scores = new SortedDictionary<string, int> { ["ana"] = 7, ["bo"] = 0, ["cy"] = 3, ["di"] = 0 };
        // Modifying a dictionary inside foreach throws InvalidOperationException,
        // so collect the keys first (ToList makes a snapshot), then remove.
        foreach (string name in scores.Where(p => p.Value == 0).Select(p => p.Key).ToList())
        {
            scores.Remove(name);
        }
        Console.WriteLine(string.Join(", ", scores.Select(p => $"{p.Key}={p.Value}")));

        var best = scores.Aggregate((a, b) => b.Value > a.Value ? b : a);
        Console.WriteLine($"top scorer: {best.Key} ({best.Value})");
    }
}
