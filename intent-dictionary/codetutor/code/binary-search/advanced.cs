using System;
using System.Collections.Generic;

class Program
{
    // First index i with items[i] >= value under comparer; Count if none.
    static int LowerBound<T>(IReadOnlyList<T> items, T value, IComparer<T> comparer = null)
    {
        comparer = comparer ?? Comparer<T>.Default;
        int lo = 0, hi = items.Count; // half-open [lo, hi)
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (comparer.Compare(items[mid], value) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    static void Main()
    {
        var readings = new List<double> { 0.5, 1.2, 1.2, 3.8, 7.1 };
        Console.WriteLine(LowerBound(readings, 1.2)); // 1: first duplicate
        Console.WriteLine(LowerBound(readings, 9.0)); // 5: past the end

        // The BCL returns the bitwise complement of the insertion point.
        int r = readings.BinarySearch(2.0);
        Console.WriteLine(r < 0 ? "missing, insert at " + ~r : "found at " + r); // insert at 3

        var names = new List<string> { "Ada", "grace", "Linus" };
        var ignoreCase = StringComparer.OrdinalIgnoreCase;
        int i = LowerBound(names, "GRACE", ignoreCase);
        bool found = i < names.Count && ignoreCase.Compare(names[i], "GRACE") == 0;
        Console.WriteLine(found ? "found " + names[i] : "not found"); // found grace
    }
}
