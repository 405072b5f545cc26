using System;
using System.Collections.Generic;

class Program
{
    // Stable in-place insertion sort; returns the number of shifts made,
    // which equals the number of inversions in the input.
    static int InsertionSort<T>(IList<T> items, Comparison<T> compare)
    {
        int shifts = 0;
        for (int i = 1; i < items.Count; i++)
        {
            T key = items[i];
            int j = i - 1;
            while (j >= 0 && compare(items[j], key) > 0) // strict > keeps it stable
            {
                items[j + 1] = items[j];
                j--;
                shifts++;
            }
            items[j + 1] = key;
        }
        return shifts;
    }

    static void Main()
    {
        var tasks = new List<KeyValuePair<string, int>>
        {
            new KeyValuePair<string, int>("write", 2), new KeyValuePair<string, int>("test", 1),
            new KeyValuePair<string, int>("deploy", 3), new KeyValuePair<string, int>("review", 2)
        };
        int shifts = InsertionSort(tasks, (a, b) => a.Value.CompareTo(b.Value));
        foreach (var t in tasks) Console.Write(t.Key + " "); // test write review deploy
        Console.WriteLine("(" + shifts + " shifts)");          // (2 shifts)

        var nearlySorted = new int[10000];
        for (int i = 0; i < nearlySorted.Length; i++) nearlySorted[i] = i;
        nearlySorted[10] = 20; nearlySorted[20] = 10;         // one swap far apart
        Console.WriteLine(InsertionSort(nearlySorted, (a, b) => a.CompareTo(b))); // 19
    }
}
