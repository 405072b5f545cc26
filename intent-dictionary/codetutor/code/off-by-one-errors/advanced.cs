using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    // Split into pieces of `size`; the last piece may be shorter.
    static List<T[]> Chunks<T>(IReadOnlyList<T> items, int size)
    {
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size));
        var output = new List<T[]>();
        for (int start = 0; start < items.Count; start += size)
        {
            int count = Math.Min(size, items.Count - start); // never read past the end
            output.Add(items.Skip(start).Take(count).ToArray());
        }
        return output;
    }

    // First index whose value is >= target, or Length if there is none.
    static int LowerBound(int[] sorted, int target)
    {
        int lo = 0, hi = sorted.Length;        // candidates are [lo, hi)
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;      // no int overflow
            if (sorted[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // n values have n - 1 gaps between neighbours (the fence-post rule).
    static int[] Gaps(int[] values)
    {
        var output = new int[Math.Max(0, values.Length - 1)];
        for (int i = 0; i < output.Length; i++) output[i] = values[i + 1] - values[i];
        return output;
    }

    static void Main()
    {
        int[] data = { 3, 8, 8, 15, 21, 30, 42 };
        foreach (var chunk in Chunks(data, 3)) Console.Write("[" + string.Join(", ", chunk) + "] ");
        Console.WriteLine();                                  // [3, 8, 8] [15, 21, 30] [42]
        Console.WriteLine(LowerBound(data, 8) + " " + LowerBound(data, 100)); // 1 7
        Console.WriteLine(string.Join(", ", Gaps(data)));     // 5, 0, 7, 6, 9, 12
        Console.WriteLine(Gaps(new[] { 5 }).Length);          // 0
    }
}
