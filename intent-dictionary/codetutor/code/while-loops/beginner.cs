using System;

class Program
{
    static void Main()
    {
        // Count down while the number is still above zero.
        int count = 5;
        while (count > 0)
        {
            Console.WriteLine(count);
            count--; // without this line the loop would never end
        }
        Console.WriteLine("Lift off!");

        // Keep doubling until we pass 100: we don't know the number of steps in advance.
        int value = 1, steps = 0;
        while (value < 100)
        {
            value *= 2;
            steps++;
        }
        Console.WriteLine(steps + " doublings reach " + value);
    }
}
