using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        // An adjacency list: each city maps to the cities it has a direct road to.
        var roads = new Dictionary<string, List<string>>
        {
            ["Avon"] = new List<string> { "Bree", "Cole" },
            ["Bree"] = new List<string> { "Avon", "Dale" },
            ["Cole"] = new List<string> { "Avon", "Dale" },
            ["Dale"] = new List<string> { "Bree", "Cole", "Eton" },
            ["Eton"] = new List<string> { "Dale" },
        };

        int ends = 0;
        foreach (string city in new[] { "Avon", "Bree", "Cole", "Dale", "Eton" })
        {
            Console.WriteLine(city + " connects to " + string.Join(", ", roads[city]));
            ends += roads[city].Count;
        }
        Console.WriteLine("roads: " + ends / 2); // each road is listed from both ends
        Console.WriteLine("Avon -> Dale direct? " + roads["Avon"].Contains("Dale"));
    }
}
