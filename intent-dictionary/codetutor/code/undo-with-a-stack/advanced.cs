using System;
using System.Collections.Generic;

// Snapshot-style undo/redo for any immutable state type (string, record-like class...).
// Storing whole states is simple; for large documents store commands (diffs) instead.
class History<T>
{
    private readonly Stack<T> undo = new Stack<T>();
    private readonly Stack<T> redo = new Stack<T>();

    public History(T initial) { Current = initial; }

    public T Current { get; private set; }

    public void Set(T next)
    {
        undo.Push(Current);
        Current = next;
        redo.Clear(); // a new edit makes the redo history meaningless
    }

    public bool Undo() { return Move(undo, redo); }
    public bool Redo() { return Move(redo, undo); }

    // Pop a state from one stack, park the current one on the other.
    private bool Move(Stack<T> from, Stack<T> to)
    {
        if (from.Count == 0) return false; // nothing to do is not an error
        to.Push(Current);
        Current = from.Pop();
        return true;
    }
}

class Program
{
    static void Main()
    {
        var doc = new History<string>("");
        doc.Set("Hello");
        doc.Set(doc.Current + " world");
        doc.Set("Goodbye" + doc.Current.Substring(5));
        for (int i = 0; i < 4; i++) Console.WriteLine($"undo {doc.Undo()} [{doc.Current}]"); // 4th: empty
        Console.WriteLine($"redo {doc.Redo()} [{doc.Current}]");
        doc.Set(doc.Current + "!"); // a new edit clears the redo stack
        Console.WriteLine($"[{doc.Current}] redo possible: {doc.Redo()}");
    }
}
