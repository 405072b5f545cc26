using System;

class Program
{
    // Reverses the array in place with one pointer at each end.
    static void ReverseInPlace(int[] items)
    {
        int left = 0, right = items.Length - 1;
        while (left < right)
        {
            int tmp = items[left];     // swap the two ends
            items[left] = items[right];
            items[right] = tmp;
            left++;                    // both step toward the middle
            right--;
        }
    }

    static void Main()
    {
        int[] numbers = { 1, 2, 3, 4, 5 };
        ReverseInPlace(numbers);
        Console.WriteLine(string.Join(", ", numbers)); // 5, 4, 3, 2, 1
    }
}
