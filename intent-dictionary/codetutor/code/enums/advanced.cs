using System;
using System.Collections.Generic;

enum Status { Pending = 1, Paid = 2, Shipped = 3, Delivered = 4, Cancelled = 5 } // explicit: safe to store

// Extension methods add behaviour to an enum, which cannot declare methods itself.
static class StatusExtensions
{
    static readonly Dictionary<Status, Status[]> Transitions = new Dictionary<Status, Status[]>
    {
        [Status.Pending] = new[] { Status.Paid, Status.Cancelled },
        [Status.Paid] = new[] { Status.Shipped, Status.Cancelled },
        [Status.Shipped] = new[] { Status.Delivered },
    };

    public static bool CanBecome(this Status from, Status to) =>
        Transitions.TryGetValue(from, out var next) && Array.IndexOf(next, to) >= 0;

    public static bool IsFinal(this Status status) => !Transitions.ContainsKey(status);

    public static Status Parse(string text)
    {
        // TryParse also accepts digits such as "7", so check IsDefined as well.
        if (Enum.TryParse(text.Trim(), true, out Status s) && Enum.IsDefined(typeof(Status), s))
            return s;
        throw new ArgumentException($"unknown status \"{text}\"; expected one of {string.Join(", ", Enum.GetNames(typeof(Status)))}");
    }
}

class Program
{
    static void Main()
    {
        var status = StatusExtensions.Parse(" pending ");
        foreach (var step in new[] { "paid", "shipped", "delivered" })
        {
            var next = StatusExtensions.Parse(step);
            if (!status.CanBecome(next)) throw new InvalidOperationException($"{status} -> {next}");
            status = next;
            Console.WriteLine($"{status} (stored as {(int)status}) final={status.IsFinal()}");
        }
        Console.WriteLine("a cast is not checked: " + (Status)42);
        foreach (var text in new[] { "lost", "7" })
        {
            try { StatusExtensions.Parse(text); }
            catch (ArgumentException e) { Console.WriteLine("rejected: " + e.Message); }
        }
    }
}
