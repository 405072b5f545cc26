using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    // Stable generic merge sort into a new array; one scratch buffer.
    static T[] MergeSort<T>(IEnumerable<T> input, Comparison<T> compare)
    {
        T[] a = input.ToArray();
        var buf = new T[a.Length];
        Sort(a, buf, 0, a.Length, compare);
        return a;
    }

    static void Sort<T>(T[] a, T[] buf, int lo, int hi, Comparison<T> compare)
    {
        if (hi - lo <= 1) return;
        int mid = lo + (hi - lo) / 2;
        Sort(a, buf, lo, mid, compare);
        Sort(a, buf, mid, hi, compare);
        if (compare(a[mid - 1], a[mid]) <= 0) return; // halves already in order
        Array.Copy(a, lo, buf, lo, hi - lo);
        int i = lo, j = mid;
        for (int k = lo; k < hi; k++)
            a[k] = (i < mid && (j >= hi || compare(buf[i], buf[j]) <= 0)) ? buf[i++] : buf[j++];
    }

    static void Main()
    {
        var people = new[] { Tuple.Create("mia", 31), Tuple.Create("ali", 25),
                             Tuple.Create("zoe", 31), Tuple.Create("bob", 25) };
        // List<T>.Sort is not stable; this sort keeps ties in input order.
        var byAge = MergeSort(people, (x, y) => x.Item2.CompareTo(y.Item2));
        Console.WriteLine(string.Join(" ", byAge.Select(p => p.Item1))); // ali bob mia zoe

        var words = MergeSort(new[] { "pear", "Fig", "apple" }, StringComparer.OrdinalIgnoreCase.Compare);
        Console.WriteLine(string.Join(" ", words)); // apple Fig pear
    }
}
