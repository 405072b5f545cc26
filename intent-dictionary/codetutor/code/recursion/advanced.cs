using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    // Fast exponentiation: halve the exponent each call, so depth is O(log e).
    static long Power(long b, int e)
    {
        if (e < 0) throw new ArgumentOutOfRangeException("e", "exponent must be >= 0");
        if (e == 0) return 1;
        long half = Power(b, e / 2);
        return e % 2 == 0 ? half * half : half * half * b;
    }

    // Lazily yields every file path in a nested folder structure.
    static IEnumerable<string> Walk(string path, Dictionary<string, object> folder)
    {
        foreach (var entry in folder.OrderBy(kv => kv.Key))
        {
            var sub = entry.Value as Dictionary<string, object>;
            string full = path + "/" + entry.Key;
            if (sub == null) yield return full;               // base case: a file
            else foreach (var p in Walk(full, sub)) yield return p;
        }
    }

    static void Main()
    {
        Console.WriteLine(Power(3, 13)); // 1594323, in 5 levels instead of 13

        var tree = new Dictionary<string, object>
        {
            { "README.md", 1200 },
            { "src", new Dictionary<string, object> {
                { "Program.cs", 4000 },
                { "util", new Dictionary<string, object> { { "Io.cs", 900 } } } } },
        };
        foreach (var p in Walk("", tree)) Console.WriteLine(p);

        try { Power(2, -1); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("rejected negative exponent"); }
    }
}
