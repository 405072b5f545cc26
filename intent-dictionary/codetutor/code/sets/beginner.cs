using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        // A HashSet keeps each value at most once.
        string[] visitors = { "ana", "ben", "ana", "cleo", "ben" };
        var unique = new HashSet<string>(visitors); // duplicates disappear

        Console.WriteLine("count: " + unique.Count);
        Console.WriteLine("did cleo visit? " + unique.Contains("cleo"));

        bool added = unique.Add("ana"); // false: already present
        Console.WriteLine("added ana again? " + added);
    }
}
