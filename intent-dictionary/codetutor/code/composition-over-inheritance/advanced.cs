using System;
using System.Collections.Generic;

enum Level { Debug, Info, Error }

// Parts: a formatter is a delegate, a sink is an interface.
delegate string Formatter(Level level, string message);
interface ISink { void Write(string line); }

sealed class ConsoleSink : ISink { public void Write(string line) => Console.WriteLine(line); }

sealed class MemorySink : ISink
{
    public List<string> Lines { get; } = new List<string>();
    public void Write(string line) => Lines.Add(line);
}

// Assembled from parts: 2 formats x 2 sinks needs no 4 subclasses.
sealed class Logger
{
    readonly Formatter formatter; readonly IReadOnlyList<ISink> sinks; readonly Level minLevel;

    public Logger(Formatter f, IReadOnlyList<ISink> s, Level min) { formatter = f; sinks = s; minLevel = min; }

    public void Log(Level level, string message)
    {
        if (level < minLevel) return;
        string line = formatter(level, message);
        foreach (var sink in sinks) sink.Write(line); // delegate the writing
    }

    public Logger WithFormatter(Formatter other) => new Logger(other, sinks, minLevel);
}

class Program
{
    static void Main()
    {
        Formatter plain = (level, msg) => $"[{level}] {msg}";
        Formatter json = (level, msg) => $"{{\"level\":\"{level}\",\"message\":\"{msg}\"}}";
        var memory = new MemorySink();
        var logger = new Logger(plain, new ISink[] { new ConsoleSink(), memory }, Level.Info);
        logger.Log(Level.Info, "server started");
        logger.Log(Level.Debug, "filtered out");
        logger.WithFormatter(json).Log(Level.Error, "disk full");
        Console.WriteLine("captured: " + string.Join(" | ", memory.Lines));
    }
}
