using System;
using System.Collections.Generic;

interface IClock { int Hour { get; } }
interface ISender { void Send(string to, string text); }

sealed class FixedClock : IClock
{
    public FixedClock(int hour) { Hour = hour; }
    public int Hour { get; }
}

sealed class ConsoleSender : ISender
{
    public void Send(string to, string text) => Console.WriteLine($"-> {to}: {text}");
}

sealed class RecordingSender : ISender // a test double: records instead of delivering
{
    public List<string> Sent { get; } = new List<string>();
    public void Send(string to, string text) => Sent.Add($"{to}: {text}");
}

// Greeter depends only on the two interfaces, so any clock or sender can be plugged in.
sealed class Greeter
{
    readonly IClock clock; readonly ISender sender;

    public Greeter(IClock clock, ISender sender) { this.clock = clock; this.sender = sender; }

    public void Greet(string to)
    {
        string part = clock.Hour < 12 ? "morning" : "evening";
        sender.Send(to, $"Good {part}, {to}!");
    }
}

class Program
{
    static void Main()
    {
        new Greeter(new FixedClock(9), new ConsoleSender()).Greet("Ada");
        var recorder = new RecordingSender();
        new Greeter(new FixedClock(20), recorder).Greet("Linus");
        if (recorder.Sent.Count != 1 || recorder.Sent[0] != "Linus: Good evening, Linus!")
            throw new Exception("unexpected messages");
        Console.WriteLine("recorded: " + string.Join("; ", recorder.Sent));
    }
}
