using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<string> FetchAsync(string name, int ms, CancellationToken token)
    {
        await Task.Delay(ms, token);
        if (name == "broken") throw new InvalidOperationException("cannot fetch " + name);
        return name.ToUpper();
    }

    // A console entry point cannot be async in C# 7.0, so Main blocks once
    // on the top-level task; everything below it awaits.
    static void Main()
    {
        MainAsync().GetAwaiter().GetResult();
    }

    static async Task MainAsync()
    {
        var token = CancellationToken.None;

        // Start all, then await all: the delays overlap.
        string[] all = await Task.WhenAll(new[] { "a", "b", "c" }.Select(n => FetchAsync(n, 10, token)));
        Console.WriteLine(string.Join(", ", all)); // A, B, C

        // Exceptions surface where the Task is awaited.
        try { await FetchAsync("broken", 1, token); }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); } // cannot fetch broken

        // A timeout through cancellation: await still observes the outcome.
        using (var cts = new CancellationTokenSource(20))
        {
            try { await FetchAsync("slow", 2000, cts.Token); }
            catch (OperationCanceledException) { Console.WriteLine("timed out"); }
        }

        // Never block with .Result in code that can await: it can deadlock
        // under a synchronization context and wraps errors in AggregateException.
        string one = await FetchAsync("d", 1, token);
        Console.WriteLine(one); // D
    }
}
