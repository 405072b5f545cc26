using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var scores = new List<int> { 45, 80, 30, 30, 95 };

        // RemoveAll walks and removes safely in one call.
        scores.RemoveAll(s => s < 50);
        Console.WriteLine(string.Join(", ", scores)); // 80, 95

        // Calling scores.Remove(...) inside a foreach instead throws
        // InvalidOperationException: "Collection was modified".
    }
}
