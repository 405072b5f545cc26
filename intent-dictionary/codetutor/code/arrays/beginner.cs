using System;

class Program
{
    static void Main()
    {
        // An array has a fixed length, chosen when it is created.
        int[] temperatures = { 18, 21, 19, 24, 22 };

        Console.WriteLine("first: " + temperatures[0]);
        Console.WriteLine("last: " + temperatures[temperatures.Length - 1]);

        temperatures[2] = 20; // replace one element in place
        for (int day = 0; day < temperatures.Length; day++)
        {
            Console.WriteLine("day " + day + ": " + temperatures[day] + " C");
        }
    }
}
