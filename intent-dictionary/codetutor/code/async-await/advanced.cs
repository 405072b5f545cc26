using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<double> FetchPrice(string symbol, CancellationToken token)
    {
        // Stand-in for a network call; one symbol is slow, one is broken.
        await Task.Delay(symbol == "SLOW" ? 1000 : 50, token);
        if (symbol == "BAD") throw new ArgumentException("unknown symbol " + symbol);
        return symbol.Length * 10;
    }

    static async Task<string> Describe(string symbol, SemaphoreSlim gate)
    {
        await gate.WaitAsync(); // at most N calls in flight at once
        try
        {
            using (var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
            {
                double price = await FetchPrice(symbol, timeout.Token);
                return $"{symbol,-5} {price,6:F1}";
            }
        }
        catch (OperationCanceledException) { return $"{symbol,-5} timed out"; }
        catch (ArgumentException e) { return $"{symbol,-5} failed: {e.Message}"; }
        finally { gate.Release(); }
    }

    static async Task RunAsync()
    {
        string[] symbols = { "AAPL", "MSFT", "BAD", "SLOW", "GOOG", "IBM" };
        var gate = new SemaphoreSlim(3);
        var clock = Stopwatch.StartNew();
        string[] lines = await Task.WhenAll(symbols.Select(s => Describe(s, gate)));
        foreach (string line in lines) Console.WriteLine(line);
        // Sequentially this would take at least 300 + 5 * 50 = 550 ms.
        Console.WriteLine("ran concurrently: " + (clock.ElapsedMilliseconds < 550));
    }

    static void Main()
    {
        // Block only once, at the entry point; everything below it is async.
        RunAsync().GetAwaiter().GetResult();
    }
}
