using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        // Assigning a class instance copies the REFERENCE: one list, two names.
        var original = new List<int> { 1, 2, 3 };
        var alias = original;
        alias.Add(4);
        Console.WriteLine(string.Join(", ", original)); // 1, 2, 3, 4

        // The copy constructor makes a separate list.
        var copy = new List<int>(original);
        copy.Add(5);
        Console.WriteLine(string.Join(", ", original)); // 1, 2, 3, 4: unchanged
        Console.WriteLine(string.Join(", ", copy));     // 1, 2, 3, 4, 5
    }
}
