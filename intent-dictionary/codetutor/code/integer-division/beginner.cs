using System;

class Program
{
    static void Main()
    {
        // int / int gives an int: the fraction is thrown away.
        Console.WriteLine(7 / 2);   // 3
        Console.WriteLine(7 % 2);   // 1 (remainder)

        // Make one side a double BEFORE dividing to keep the fraction.
        Console.WriteLine(7 / 2.0); // 3.5
        int sum = 15, count = 4;
        double average = (double)sum / count;
        Console.WriteLine(average); // 3.75

        // Casting AFTER dividing is too late.
        Console.WriteLine((double)(sum / count)); // 3
    }
}
