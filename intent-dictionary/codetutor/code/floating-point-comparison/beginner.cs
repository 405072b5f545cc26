using System;

class Program
{
    static void Main()
    {
        // 0.1 and 0.2 cannot be stored exactly in binary.
        double total = 0.1 + 0.2;
        Console.WriteLine(total.ToString("R")); // 0.30000000000000004
        Console.WriteLine(total == 0.3);        // False

        // Compare with a tolerance instead of ==.
        const double Tolerance = 1e-9;
        Console.WriteLine(Math.Abs(total - 0.3) < Tolerance); // True

        // decimal stores base-10 digits, so money adds up exactly.
        Console.WriteLine(0.1m + 0.2m == 0.3m); // True
    }
}
