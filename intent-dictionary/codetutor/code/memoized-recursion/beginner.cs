using System;
using System.Collections.Generic;

class Program
{
    static readonly Dictionary<int, long> memo = new Dictionary<int, long>(); // n -> fib(n)

    static long Fib(int n)
    {
        if (n < 2) return n; // base cases: Fib(0) = 0, Fib(1) = 1
        long known;
        if (memo.TryGetValue(n, out known)) return known; // already solved: reuse it
        long result = Fib(n - 1) + Fib(n - 2);
        memo[n] = result; // solve once, remember it
        return result;
    }

    static void Main()
    {
        Console.WriteLine(Fib(10));
        Console.WriteLine(Fib(50)); // long: the answer does not fit in an int
    }
}
