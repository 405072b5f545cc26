using System;
using System.Collections.Generic;

class Program
{
    static readonly (int dr, int dc)[] Moves = { (1, 0), (-1, 0), (0, 1), (0, -1) };

    // BFS from start; returns one shortest path, or null when unreachable.
    static List<(int r, int c)> ShortestPath(string[] grid, (int r, int c) start, (int r, int c) goal)
    {
        int rows = grid.Length, cols = grid[0].Length;
        // Value tuples have structural equality, so they work as dictionary keys.
        var parent = new Dictionary<(int r, int c), (int r, int c)> { [start] = start }; // also "visited"
        var queue = new Queue<(int r, int c)>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var cell = queue.Dequeue();
            if (cell.Equals(goal))
            {
                var path = new List<(int r, int c)> { cell };
                while (!cell.Equals(start)) { cell = parent[cell]; path.Add(cell); }
                path.Reverse();
                return path;
            }
            foreach (var m in Moves)
            {
                var next = (r: cell.r + m.dr, c: cell.c + m.dc);
                if (next.r < 0 || next.r >= rows || next.c < 0 || next.c >= cols) continue;
                if (grid[next.r][next.c] == '#' || parent.ContainsKey(next)) continue;
                parent[next] = cell;
                queue.Enqueue(next);
            }
        }
        return null; // the queue ran dry: goal unreachable
    }

    static void Main()
    {
        string[] maze = { "S.#....", ".##.##.", "...#...", ".#...#.", "...#..G" };
        var path = ShortestPath(maze, (0, 0), (4, 6));
        char[][] picture = Array.ConvertAll(maze, row => row.ToCharArray());
        for (int i = 1; i < path.Count - 1; i++) picture[path[i].r][path[i].c] = '*';
        Console.WriteLine($"{path.Count - 1} steps");
        foreach (var row in picture) Console.WriteLine(new string(row));
        var walled = ShortestPath(new[] { "S#.", "##.", "..G" }, (0, 0), (2, 2));
        Console.WriteLine("walled in: " + (walled == null ? "no path" : walled.Count + " cells"));
    }
}
