using System;

class Program
{
    // Returns the index of target in the sorted array, or -1.
    static int BinarySearch(int[] items, int target)
    {
        int lo = 0;
        int hi = items.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2; // middle, without overflow
            if (items[mid] == target) return mid;
            if (items[mid] < target) lo = mid + 1; // keep the right half
            else hi = mid - 1;                     // keep the left half
        }
        return -1;
    }

    static void Main()
    {
        int[] scores = { 3, 8, 15, 23, 42, 57, 91 };
        Console.WriteLine(BinarySearch(scores, 42)); // 4
        Console.WriteLine(BinarySearch(scores, 5));  // -1
    }
}
