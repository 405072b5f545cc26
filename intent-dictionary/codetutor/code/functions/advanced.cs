using System;
using System.Collections.Generic;

class Program
{
    // params collects any number of arguments; out parameters return extra values.
    static double Stats(out int min, out int max, params int[] values)
    {
        if (values.Length == 0) throw new ArgumentException("Stats needs at least one value");
        min = max = values[0];
        long sum = 0;
        foreach (int v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            sum += v;
        }
        return (double)sum / values.Length;
    }

    // Optional parameters with defaults; callers may name the ones they set.
    static string Label(int cents, string currency = "EUR", bool showCurrency = true) =>
        showCurrency ? $"{cents / 100}.{cents % 100:D2} {currency}" : $"{cents / 100}.{cents % 100:D2}";

    // Returns a function that remembers `percent` (a closure).
    static Func<int, int> Discount(int percent) => price => price * (100 - percent) / 100;

    // Memoised recursion: the cache is passed down so each n is computed once.
    static long WaysToClimb(int n, Dictionary<int, long> memo)
    {
        if (n <= 1) return 1;
        long known;
        if (!memo.TryGetValue(n, out known))
        {
            known = WaysToClimb(n - 1, memo) + WaysToClimb(n - 2, memo);
            memo[n] = known;
        }
        return known;
    }

    static void Main()
    {
        double mean = Stats(out int min, out int max, 4, 1, 9, 7);
        Console.WriteLine($"min {min}, max {max}, mean {mean}");
        Console.WriteLine(Label(1250) + " | " + Label(99, showCurrency: false));
        Console.WriteLine(Discount(20)(2599));
        Console.WriteLine(WaysToClimb(50, new Dictionary<int, long>()));
    }
}
