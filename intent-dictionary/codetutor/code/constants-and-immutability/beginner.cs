using System;

class Program
{
    // const: a compile-time constant; the convention is PascalCase.
    const int DaysPerWeek = 7;
    const double TaxRate = 0.2;

    static void Main()
    {
        int weeks = 3;
        Console.WriteLine("Days: " + weeks * DaysPerWeek);
        Console.WriteLine("Price with tax: " + (50 * (1 + TaxRate)).ToString("F2"));
        // DaysPerWeek = 8; // compile error: the left-hand side must be a variable

        // Strings are immutable: ToUpper returns a new string.
        string name = "ada";
        string upper = name.ToUpper();
        Console.WriteLine(upper + " " + name);
    }
}
