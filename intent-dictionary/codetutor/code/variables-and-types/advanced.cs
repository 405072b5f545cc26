using System;
using System.Globalization;

struct Point
{
    public int X;
    public int Y;
}

class Program
{
    static void Main()
    {
        // TryParse reports failure with a bool instead of throwing.
        string[] inputs = { "42", " 7 ", "3.5", "abc" };
        foreach (string input in inputs)
        {
            if (int.TryParse(input, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                Console.WriteLine($"'{input}' -> {value}");
            else
                Console.WriteLine($"'{input}' is not an int");
        }

        // decimal is exact for base-10 money; double is binary floating point.
        Console.WriteLine($"double: {0.1 + 0.2 == 0.3}, decimal: {0.1m + 0.2m == 0.3m}");

        // int wraps silently by default; checked turns overflow into an exception.
        int big = int.MaxValue;
        Console.WriteLine(unchecked(big + 1));
        try
        {
            Console.WriteLine(checked(big + 1));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked: " + e.Message);
        }

        // Structs are value types (assignment copies); arrays are reference types.
        Point p1 = new Point { X = 1, Y = 2 };
        Point p2 = p1;
        p2.X = 99;
        int[] a1 = { 1, 2 };
        int[] a2 = a1;
        a2[0] = 99;
        Console.WriteLine($"p1.X={p1.X}, p2.X={p2.X}, a1[0]={a1[0]}");
    }
}
