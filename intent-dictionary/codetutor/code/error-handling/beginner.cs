using System;

class Program
{
    static int ToNumber(string text)
    {
        try
        {
            return int.Parse(text);
        }
        catch (FormatException) // catch only the error we expect
        {
            Console.WriteLine($"warning: '{text}' is not a number, using 0");
            return 0;
        }
    }

    static void Main()
    {
        Console.WriteLine(ToNumber("42"));
        Console.WriteLine(ToNumber("abc"));
        // When bad input is expected, int.TryParse avoids the exception entirely.
    }
}
