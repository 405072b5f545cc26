using System;

class Program
{
    // Factorial(n) = n * (n-1) * ... * 1, and Factorial(0) = 1
    static long Factorial(int n)
    {
        if (n <= 1) return 1;            // base case: answer directly
        return n * Factorial(n - 1);     // recursive case: a smaller problem
    }

    // Power(b, e) = b * Power(b, e - 1), and anything to the 0 is 1.
    static long Power(long b, int e)
    {
        if (e == 0) return 1;            // base case
        return b * Power(b, e - 1);
    }

    static void Main()
    {
        Console.WriteLine(Factorial(5)); // 120
        Console.WriteLine(Power(2, 10)); // 1024
    }
}
