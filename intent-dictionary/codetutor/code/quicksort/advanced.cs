using System;
using System.Collections.Generic;

class Program
{
    static readonly Random Rng = new Random(42); // seeded: reproducible

    // In-place generic quicksort with a random pivot and three-way partition.
    public static void Quicksort<T>(T[] a, IComparer<T> cmp = null)
    {
        Sort(a, 0, a.Length, cmp ?? Comparer<T>.Default);
    }

    static void Sort<T>(T[] a, int lo, int hi, IComparer<T> cmp)
    {
        while (hi - lo > 1)
        {
            T pivot = a[Rng.Next(lo, hi)];
            int lt = lo, i = lo, gt = hi; // [lo,lt) < p, [lt,i) == p, [gt,hi) > p
            while (i < gt)
            {
                int c = cmp.Compare(a[i], pivot);
                if (c < 0) Swap(a, lt++, i++);
                else if (c > 0) Swap(a, i, --gt);
                else i++;
            }
            // Recurse into the smaller part, loop on the larger: O(log n) stack.
            if (lt - lo < hi - gt) { Sort(a, lo, lt, cmp); lo = gt; }
            else { Sort(a, gt, hi, cmp); hi = lt; }
        }
    }

    static void Swap<T>(T[] a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }

    static void Main()
    {
        var ascending = new int[100000];
        for (int i = 0; i < ascending.Length; i++) ascending[i] = i; // bad for naive pivots
        Quicksort(ascending);
        Console.WriteLine(ascending[0] + " .. " + ascending[ascending.Length - 1]); // 0 .. 99999

        var words = new[] { "pear", "Fig", "apple", "date" };
        Quicksort(words, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", words)); // apple date Fig pear
    }
}
