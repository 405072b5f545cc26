using System;
using System.Collections.Generic;
using System.Threading;

class Program
{
    static int failuresLeft = 2;

    static string CallService()
    {
        if (failuresLeft-- > 0) throw new TimeoutException("no reply within 1 s");
        return "200 OK";
    }

    // Retry with a cap on attempts and an exponentially growing wait.
    static string Retry(Func<string> operation, int maxAttempts, int baseDelayMs)
    {
        int attempt = 1;
        while (true)
        {
            try
            {
                return operation();
            }
            catch (TimeoutException e) when (attempt < maxAttempts)
            {
                int delay = baseDelayMs << (attempt - 1);
                Console.WriteLine($"attempt {attempt} failed ({e.Message}); waiting {delay} ms");
                Thread.Sleep(delay);
                attempt++;
            }
        }
    }

    static void Main()
    {
        Console.WriteLine("result: " + Retry(CallService, 4, 10));

        // Drain a queue; processing one item may enqueue more.
        var queue = new Queue<int>(new[] { 12 });
        var seen = new List<int>();
        while (queue.Count > 0)
        {
            int n = queue.Dequeue();
            seen.Add(n);
            if (n > 1) queue.Enqueue(n % 2 == 0 ? n / 2 : 3 * n + 1);
        }
        Console.WriteLine(string.Join(" -> ", seen));
    }
}
