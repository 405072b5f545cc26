using System;
using System.Collections.Generic;

class Program
{
    // Generic wrapper: returns a function that caches fn's results.
    static Func<T, R> Memoize<T, R>(Func<T, R> fn)
    {
        var cache = new Dictionary<T, R>();
        return arg =>
        {
            R value;
            if (!cache.TryGetValue(arg, out value))
            {
                value = fn(arg);
                cache[arg] = value;
            }
            return value;
        };
    }

    static void Main()
    {
        int calls = 0;
        // Recursion through the memoized delegate: declare it first, then
        // assign, so the lambda calls the cached version of itself.
        Func<int, long> stairs = null;
        stairs = Memoize<int, long>(n =>
        {
            calls++;
            if (n < 0) return 0;
            if (n == 0) return 1;
            return stairs(n - 1) + stairs(n - 2) + stairs(n - 3); // 1, 2 or 3 steps
        });

        Console.WriteLine(stairs(4));  // 7
        Console.WriteLine(stairs(50)); // 10562230626642
        Console.WriteLine("calls: " + calls); // 53: each n from -2 to 50 once

        // Tuples make multi-argument keys: (rows, cols) -> number of paths.
        Func<Tuple<int, int>, long> paths = null;
        paths = Memoize<Tuple<int, int>, long>(rc =>
            rc.Item1 == 1 || rc.Item2 == 1 ? 1
                : paths(Tuple.Create(rc.Item1 - 1, rc.Item2)) + paths(Tuple.Create(rc.Item1, rc.Item2 - 1)));
        Console.WriteLine(paths(Tuple.Create(16, 16))); // 155117520
    }
}
