using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var tags = new List<string> { "red", "blue", "red", "green", "blue", "red" };

        var seen = new HashSet<string>(); // fast "met this before?" checks
        var unique = new List<string>();  // the result, in first-seen order
        foreach (string tag in tags)
        {
            if (seen.Add(tag)) // Add returns false if it was already there
            {
                unique.Add(tag);
            }
        }
        Console.WriteLine(string.Join(", ", unique)); // red, blue, green
    }
}
