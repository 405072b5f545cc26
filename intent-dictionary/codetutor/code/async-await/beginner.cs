using System;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Brew(string drink, int ms)
    {
        Console.WriteLine("start " + drink);
        await Task.Delay(ms); // pause here without blocking the thread
        return drink + " ready";
    }

    static void Main()
    {
        // Start both, then wait for both: about 200 ms in total, not 300 ms.
        Task<string[]> both = Task.WhenAll(Brew("tea", 200), Brew("coffee", 100));
        // Main is not async here, so block once, at the very top of the program.
        string[] results = both.GetAwaiter().GetResult();
        Console.WriteLine(string.Join(", ", results));
    }
}
