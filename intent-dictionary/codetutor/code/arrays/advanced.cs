using System;
using System.Linq;

class Program
{
    static void Main()
    {
        // A rectangular (multi-dimensional) array: one contiguous block, row-major.
        var grid = new double[3, 4];
        int rows = grid.GetLength(0), cols = grid.GetLength(1);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                grid[r, c] = r * 10 + c;

        Console.WriteLine("corner: " + grid[rows - 1, cols - 1]);
        Console.WriteLine("row sums: " + string.Join(", ", RowSums(grid)));

        // Array.Copy on a 1-D array copies a contiguous run in one call.
        int[] source = { 1, 2, 3, 4, 5 };
        var middle = new int[3];
        Array.Copy(source, 1, middle, 0, middle.Length);
        Console.WriteLine("middle: " + string.Join(", ", middle));

        try
        {
            Console.WriteLine(grid[3, 0]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("error: " + e.Message);
        }
    }

    static double[] RowSums(double[,] grid)
    {
        int rows = grid.GetLength(0), cols = grid.GetLength(1);
        var sums = new double[rows];
        for (int r = 0; r < rows; r++)
            sums[r] = Enumerable.Range(0, cols).Sum(c => grid[r, c]);
        return sums;
    }
}
