using System;
using System.Collections.Generic;

class Program
{
    // An iterator method: foreach pulls its values lazily, one at a time.
    static IEnumerable<int> Evens(int limit)
    {
        for (int i = 0; i <= limit; i += 2)
            yield return i;
    }

    static void Main()
    {
        var stock = new SortedDictionary<string, int> { { "pens", 12 }, { "pads", 0 }, { "ink", 5 } };
        foreach (KeyValuePair<string, int> item in stock)
        {
            string shown = item.Value == 0 ? "sold out" : item.Value.ToString();
            Console.WriteLine($"{item.Key,-5} {shown}");
        }

        // Removing inside foreach throws; loop backwards by index instead,
        // so the indexes not yet visited do not shift.
        var numbers = new List<int> { 4, 7, 10, 3, 8 };
        for (int i = numbers.Count - 1; i >= 0; i--)
        {
            if (numbers[i] % 2 == 0) numbers.RemoveAt(i);
        }
        Console.WriteLine("odd numbers: " + string.Join(", ", numbers));

        Console.WriteLine("evens: " + string.Join(" ", Evens(10)));

        // Nested loops over a 2D array; GetLength gives each dimension.
        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
        for (int row = 0; row < grid.GetLength(0); row++)
        {
            int sum = 0;
            for (int col = 0; col < grid.GetLength(1); col++)
                sum += grid[row, col];
            Console.WriteLine($"row {row} sum {sum}");
        }
    }
}
