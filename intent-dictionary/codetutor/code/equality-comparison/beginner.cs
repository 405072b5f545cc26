using System;

class Program
{
    static void Main()
    {
        // For strings, == compares the characters (the operator is overloaded).
        string typed = new string(new[] { 'a', 'd', 'm', 'i', 'n' });
        Console.WriteLine(typed == "admin");                 // True

        // Cast to object and == compares REFERENCES instead.
        object boxed = typed;
        Console.WriteLine(boxed == (object)"admin");          // False
        Console.WriteLine(boxed.Equals("admin"));             // True: virtual Equals

        // Case-insensitive comparison: say so explicitly.
        Console.WriteLine(string.Equals("Admin", "admin", StringComparison.OrdinalIgnoreCase)); // True
    }
}
