using System;

class Program
{
    // Merges two sorted arrays into one sorted array.
    static int[] Merge(int[] left, int[] right)
    {
        var result = new int[left.Length + right.Length];
        int i = 0, j = 0, k = 0;
        while (i < left.Length && j < right.Length)
            result[k++] = left[i] <= right[j] ? left[i++] : right[j++]; // ties from the left
        while (i < left.Length) result[k++] = left[i++];   // leftovers
        while (j < right.Length) result[k++] = right[j++];
        return result;
    }

    static int[] MergeSort(int[] items)
    {
        if (items.Length <= 1) return items; // base case
        int mid = items.Length / 2;
        int[] left = new int[mid], right = new int[items.Length - mid];
        Array.Copy(items, 0, left, 0, mid);
        Array.Copy(items, mid, right, 0, right.Length);
        return Merge(MergeSort(left), MergeSort(right));
    }

    static void Main()
    {
        int[] sorted = MergeSort(new[] { 38, 27, 43, 3, 9, 82, 10 });
        Console.WriteLine(string.Join(", ", sorted)); // 3, 9, 10, 27, 38, 43, 82
    }
}
