using System;

class Program
{
    // Sorts the array in place, smallest first.
    static void InsertionSort(int[] items)
    {
        for (int i = 1; i < items.Length; i++)
        {
            int key = items[i]; // the next value to place
            int j = i - 1;
            while (j >= 0 && items[j] > key)
            {
                items[j + 1] = items[j]; // shift the bigger value right
                j--;
            }
            items[j + 1] = key; // drop the key into the gap
        }
    }

    static void Main()
    {
        int[] cards = { 5, 2, 9, 1, 7 };
        InsertionSort(cards);
        Console.WriteLine(string.Join(", ", cards)); // 1, 2, 5, 7, 9
    }
}
