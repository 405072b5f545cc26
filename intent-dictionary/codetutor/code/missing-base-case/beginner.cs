using System;

class Program
{
    static long Factorial(int n)
    {
        if (n <= 1) return 1;             // base case: stop recursing
        return n * Factorial(n - 1);      // recursive case: a SMALLER problem
    }

    static void Countdown(int n)
    {
        if (n < 0) return;                // "< 0": safe even for odd steps
        Console.WriteLine(n);
        Countdown(n - 2);
    }

    static void Main()
    {
        Console.WriteLine(Factorial(5));  // 120
        Countdown(5);                     // 5 3 1
    }
}
