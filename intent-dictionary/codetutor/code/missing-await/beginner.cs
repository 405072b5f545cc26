using System;
using System.Threading.Tasks;

class Program
{
    static async Task<double> FetchPriceAsync(string item)
    {
        await Task.Delay(10); // pretend to wait for a server
        return item == "apple" ? 0.5 : 0.75;
    }

    // C# 7.0 has no async Main: block once here, await everywhere else.
    static void Main()
    {
        MainAsync().GetAwaiter().GetResult();
    }

    static async Task MainAsync()
    {
        Task<double> pending = FetchPriceAsync("apple"); // a Task, not a price
        double price = await pending;                     // await unwraps it
        Console.WriteLine(price);                          // 0.5
        Console.WriteLine(await FetchPriceAsync("pear"));  // 0.75
    }
}
