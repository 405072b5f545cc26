using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> CountUsersAsync()
    {
        await Task.Delay(10); // pretend to query a database
        return 42;
    }

    // A console entry point cannot be async in C# 7.0, so Main blocks once
    // on the top-level task; everything below it awaits.
    static void Main()
    {
        MainAsync().GetAwaiter().GetResult();
    }

    static async Task MainAsync()
    {
        int count = await CountUsersAsync(); // await unwraps Task<int>
        Console.WriteLine(count); // 42
    }
}
