using System;
using System.Collections.Generic;

class Program
{
    static readonly Dictionary<int, long> cache = new Dictionary<int, long>(); // n -> Fib(n)

    static long Fib(int n)
    {
        long known;
        if (cache.TryGetValue(n, out known)) return known; // already solved
        long result = n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        cache[n] = result;                                 // remember it
        return result;
    }

    static void Main()
    {
        Console.WriteLine(Fib(10)); // 55
        Console.WriteLine(Fib(80)); // 23416728348467685, instantly
    }
}
