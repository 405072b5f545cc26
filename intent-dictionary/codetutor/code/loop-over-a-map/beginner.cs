using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        // Stock levels in a small shop: fruit name -> units in stock
        var stock = new Dictionary<string, int>
        {
            ["apple"] = 12,
            ["banana"] = 0,
            ["cherry"] = 30,
        };

        // Each item is a KeyValuePair with .Key and .Value
        foreach (KeyValuePair<string, int> entry in stock)
        {
            Console.WriteLine($"{entry.Key}: {entry.Value} units");
        }

        int total = 0;
        foreach (int units in stock.Values) // only the values
        {
            total += units;
        }
        Console.WriteLine($"total units: {total}");
    }
}
