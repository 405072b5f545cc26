using System;

class Program
{
    static void Main()
    {
        string[] fruits = { "apple", "banana", "cherry" };

        // foreach gives each item in turn.
        foreach (string fruit in fruits)
            Console.WriteLine("I like " + fruit);

        // The classic counting loop: start; keep going while; step.
        int total = 0;
        for (int n = 1; n <= 5; n++)
            total += n;
        Console.WriteLine("Sum of 1 to 5: " + total);

        // Use an index when you need the position too.
        for (int i = 0; i < fruits.Length; i++)
            Console.WriteLine((i + 1) + " " + fruits[i]);
    }
}
