using System;

class Program
{
    // O(n): one step per item.
    static long Linear(int n)
    {
        long steps = 0;
        for (int i = 0; i < n; i++) steps++;
        return steps;
    }

    // O(n^2): a loop inside a loop, so n * n steps.
    static long Quadratic(int n)
    {
        long steps = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) steps++;
        return steps;
    }

    static void Main()
    {
        foreach (int n in new[] { 10, 100, 1000 })
            Console.WriteLine("n={0,4}  linear={1,4}  quadratic={2,7}", n, Linear(n), Quadratic(n));
    }
}
