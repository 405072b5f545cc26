using System;
using System.Collections.Generic;

class Program
{
    // Fewest coins adding up to amount, or null when it cannot be made.
    // The memo is created per call, so different coin sets never share answers.
    static int? FewestCoins(int[] coins, int amount)
    {
        var memo = new Dictionary<int, int?>();
        Func<int, int?> best = null; // declared first so the lambda can call itself
        best = rest =>
        {
            if (rest == 0) return 0;
            int? cached;
            if (memo.TryGetValue(rest, out cached)) return cached;
            int? fewest = null;
            foreach (int c in coins)
            {
                if (c > rest) continue;
                int? sub = best(rest - c);
                if (sub.HasValue && (!fewest.HasValue || sub + 1 < fewest)) fewest = sub + 1;
            }
            memo[rest] = fewest; // "impossible" (null) is cached too
            return fewest;
        };
        return best(amount);
    }

    // A value tuple is a convenient composite dictionary key.
    static long GridPaths(int rows, int cols, Dictionary<(int, int), long> memo)
    {
        if (rows == 1 || cols == 1) return 1;
        long v;
        if (memo.TryGetValue((rows, cols), out v)) return v;
        v = GridPaths(rows - 1, cols, memo) + GridPaths(rows, cols - 1, memo);
        memo[(rows, cols)] = v;
        return v;
    }

    static void Main()
    {
        // Greedy (largest coin first) would pay 16 as 12+1+1+1+1 = 5 coins.
        Console.WriteLine("16 with [1, 5, 12]: " + FewestCoins(new[] { 1, 5, 12 }, 16));
        Console.WriteLine("3 with [5, 10]: " + (FewestCoins(new[] { 5, 10 }, 3)?.ToString() ?? "impossible"));
        var memo = new Dictionary<(int, int), long>();
        Console.WriteLine($"paths in an 18x18 grid: {GridPaths(18, 18, memo)}, subproblems: {memo.Count}");
    }
}
