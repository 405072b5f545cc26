using System;
using System.Linq;

class Program
{
    // Relative tolerance scales with the values; absolute handles zero.
    static bool IsClose(double a, double b, double relTol = 1e-9, double absTol = 0)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) return false;
        if (a == b) return true; // exact hits and equal infinities
        double scale = Math.Max(Math.Abs(a), Math.Abs(b));
        return Math.Abs(a - b) <= Math.Max(relTol * scale, absTol);
    }

    static void Main()
    {
        Console.WriteLine(IsClose(0.1 + 0.2, 0.3));               // True
        Console.WriteLine(IsClose(1e-12, 0));                     // False
        Console.WriteLine(IsClose(1e-12, 0, absTol: 1e-9));       // True

        // Errors accumulate: ten times 0.1 is not 1.0.
        double acc = Enumerable.Repeat(0.1, 10).Sum();
        Console.WriteLine(acc == 1.0);                            // False
        Console.WriteLine(IsClose(acc, 1.0));                     // True

        // NaN: == is false even with itself; Equals and IsNaN say otherwise.
        double nan = double.NaN;
        Console.WriteLine((nan == nan) + " " + nan.Equals(nan) + " " + double.IsNaN(nan)); // False True True

        // float vs double: the same literal is a different binary value.
        float f = 0.1f;
        Console.WriteLine(f == 0.1);                              // False
        Console.WriteLine(IsClose(f, 0.1, relTol: 1e-6));         // True

        // decimal for money; round explicitly when you must.
        decimal price = 19.99m * 3;
        Console.WriteLine(price == 59.97m);                       // True
    }
}
