using System;

class Program
{
    // Sorts a[lo..hi] in place.
    static void Quicksort(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;            // zero or one element
        int p = Partition(a, lo, hi);
        Quicksort(a, lo, p - 1);         // left of the pivot
        Quicksort(a, p + 1, hi);         // right of the pivot
    }

    // Moves smaller values before the pivot; returns the pivot's final index.
    static int Partition(int[] a, int lo, int hi)
    {
        int pivot = a[hi];               // simplest choice: the last element
        int i = lo;                      // next slot for a smaller value
        for (int j = lo; j < hi; j++)
            if (a[j] < pivot) Swap(a, i++, j);
        Swap(a, i, hi);                  // pivot lands between the parts
        return i;
    }

    static void Swap(int[] a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }

    static void Main()
    {
        int[] data = { 3, 8, 5, 1, 9, 2, 7 };
        Quicksort(data, 0, data.Length - 1);
        Console.WriteLine(string.Join(", ", data)); // 1, 2, 3, 5, 7, 8, 9
    }
}
