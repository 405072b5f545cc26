using System;

class Program
{
    // Returns the index of the first element equal to target, or -1.
    static int LinearSearch(string[] items, string target)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] == target) return i; // stop at the first match
        }
        return -1; // checked every element
    }

    static void Main()
    {
        string[] fruits = { "pear", "apple", "fig", "apple" };
        Console.WriteLine(LinearSearch(fruits, "apple")); // 1
        Console.WriteLine(LinearSearch(fruits, "kiwi"));  // -1
    }
}
