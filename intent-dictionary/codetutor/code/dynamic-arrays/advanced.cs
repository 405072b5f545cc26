using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        // Watch the backing array grow: Capacity jumps, Count climbs by one.
        var numbers = new List<int>();
        int lastCapacity = -1;
        for (int i = 0; i < 100; i++)
        {
            numbers.Add(i);
            if (numbers.Capacity != lastCapacity)
            {
                lastCapacity = numbers.Capacity;
                Console.WriteLine("count " + numbers.Count + " -> capacity " + lastCapacity);
            }
        }

        // RemoveAll compacts in one O(n) pass instead of many O(n) RemoveAt calls.
        int removed = numbers.RemoveAll(n => n % 3 != 0);
        Console.WriteLine("removed " + removed + ", kept " + numbers.Count);

        // Give back unused slots once the list is done growing.
        numbers.TrimExcess();
        Console.WriteLine("capacity after TrimExcess: " + numbers.Capacity);

        // Pre-size when you know the final count to avoid every resize above.
        var squares = new List<long>(numbers.Count);
        foreach (int n in numbers) squares.Add((long)n * n);
        Console.WriteLine("last square: " + squares[squares.Count - 1]);
    }
}
