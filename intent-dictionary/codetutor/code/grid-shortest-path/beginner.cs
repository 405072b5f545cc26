using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string[] grid = { "S.#....", ".##.##.", "...#...", ".#...#.", "...#..G" };
        int rows = grid.Length, cols = grid[0].Length;
        var seen = new bool[rows, cols];
        var queue = new Queue<(int r, int c, int steps)>(); // starting at S
        queue.Enqueue((0, 0, 0));
        seen[0, 0] = true;
        while (queue.Count > 0)
        {
            var (r, c, steps) = queue.Dequeue(); // oldest first: nearer cells come out first
            if (grid[r][c] == 'G') { Console.WriteLine($"shortest path: {steps} steps"); return; }
            foreach (var next in new[] { (r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1) })
            {
                int nr = next.Item1, nc = next.Item2;
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#' || seen[nr, nc]) continue;
                seen[nr, nc] = true; // mark when queued, so no cell is queued twice
                queue.Enqueue((nr, nc, steps + 1));
            }
        }
        Console.WriteLine("no path");
    }
}
