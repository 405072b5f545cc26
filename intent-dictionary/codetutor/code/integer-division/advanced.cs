using System;
using System.Linq;

class Program
{
    // Floor division (toward minus infinity) built from truncating "/".
    static int FloorDiv(int a, int b)
    {
        int q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    static int PagesNeeded(int items, int perPage)
    {
        if (perPage <= 0) throw new ArgumentOutOfRangeException(nameof(perPage));
        return (items + perPage - 1) / perPage; // ceiling, ints only
    }

    static void Main()
    {
        Console.WriteLine((-7 / 2) + " " + FloorDiv(-7, 2));      // -3 -4
        Console.WriteLine(PagesNeeded(0, 10) + " " + PagesNeeded(11, 10)); // 0 2

        // Math.DivRem gives quotient and remainder together.
        int rem;
        int minutes = Math.DivRem(125, 60, out rem);
        Console.WriteLine(minutes + "m " + rem + "s");            // 2m 5s

        // Average of ints: LINQ's Average already returns a double.
        int[] scores = { 3, 4, 4, 6 };
        Console.WriteLine(scores.Sum() / scores.Length);          // 4 (truncated)
        Console.WriteLine(scores.Average());                      // 4.25

        // Money: decimal division keeps base-10 digits exactly.
        Console.WriteLine(Math.Round(10.00m / 3, 2));             // 3.33

        try
        {
            int zero = scores.Length - 4;
            Console.WriteLine(10 / zero);
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("integer division by zero throws");
        }
        Console.WriteLine(double.IsInfinity(1.0 / 0));            // True
    }
}
