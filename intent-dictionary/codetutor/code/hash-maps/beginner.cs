using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        // A Dictionary stores key -> value pairs; lookup by key is fast.
        var ages = new Dictionary<string, int>();
        ages["alice"] = 31;
        ages["bob"] = 27;
        ages["bob"] = 28; // assigning an existing key replaces the value

        Console.WriteLine("alice is " + ages["alice"]);
        Console.WriteLine("has dave? " + ages.ContainsKey("dave"));

        int daveAge;
        if (!ages.TryGetValue("dave", out daveAge))
            Console.WriteLine("dave: unknown"); // TryGetValue avoids an exception
    }
}
