using System;

class Program
{
    static void Main()
    {
        int temperature = 18;

        // Only the first branch whose condition is true runs.
        if (temperature < 0)
            Console.WriteLine("Freezing: wear a heavy coat");
        else if (temperature < 15)
            Console.WriteLine("Cold: take a jacket");
        else if (temperature < 25)
            Console.WriteLine("Mild: a sweater is enough");
        else
            Console.WriteLine("Hot: T-shirt weather");

        // The conditional operator picks one of two values.
        string advice = temperature < 20 ? "take an umbrella" : "leave the umbrella at home";
        Console.WriteLine(advice);
    }
}
