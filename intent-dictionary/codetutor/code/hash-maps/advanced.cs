using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        // A comparer changes what "same key" means: here, case-insensitive.
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string text = "The cat and THE hat and the bat";
        foreach (string word in text.Split(' '))
        {
            int n;
            counts.TryGetValue(word, out n); // one lookup; n is 0 when missing
            counts[word] = n + 1;
        }
        // Dictionary order is not guaranteed, so sort before printing.
        foreach (var pair in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key))
            Console.WriteLine(pair.Key + ": " + pair.Value);

        // Tuples have value equality, so they make good composite keys.
        var owners = new Dictionary<(int, int), string> { [(2, 3)] = "bob" };
        Console.WriteLine("owner of (2,3): " + owners[(2, 3)]);

        try
        {
            owners.Add((2, 3), "eve"); // Add refuses duplicate keys
        }
        catch (ArgumentException)
        {
            Console.WriteLine("duplicate key rejected");
        }

        try
        {
            Console.WriteLine(owners[(9, 9)]);
        }
        catch (KeyNotFoundException)
        {
            Console.WriteLine("(9,9) not found");
        }
    }
}
