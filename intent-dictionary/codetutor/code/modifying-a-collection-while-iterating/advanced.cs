using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        // 1. Walk backwards by index: removing at i never shifts i-1, i-2, ...
        var readings = new List<int> { 5, -1, 7, -3, -3, 9 };
        for (int i = readings.Count - 1; i >= 0; i--)
        {
            if (readings[i] < 0) readings.RemoveAt(i);
        }
        Console.WriteLine(string.Join(", ", readings)); // 5, 7, 9

        // 2. Dictionaries: snapshot the doomed keys with ToList(), then remove.
        var stock = new Dictionary<string, int>
        {
            ["apple"] = 3, ["pear"] = 0, ["plum"] = 0, ["fig"] = 7,
        };
        foreach (var name in stock.Where(kv => kv.Value == 0).Select(kv => kv.Key).ToList())
        {
            stock.Remove(name);
        }
        Console.WriteLine(string.Join(", ", stock.Keys.OrderBy(k => k))); // apple, fig

        // 3. Adding while iterating: iterate over a copy of the list.
        var names = new List<string> { "a", "b" };
        foreach (var n in names.ToArray()) names.Add(n + "!");
        Console.WriteLine(string.Join(", ", names)); // a, b, a!, b!

        // 4. LINQ is lazy: materialise before mutating the source.
        var big = readings.Where(r => r > 6).ToList();
        readings.Clear();
        Console.WriteLine(big.Count); // 2, unaffected by Clear()
    }
}
