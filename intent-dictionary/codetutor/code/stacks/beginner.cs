using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        // Stack<T> is last in, first out.
        var undoStack = new Stack<string>();
        undoStack.Push("type 'hello'");
        undoStack.Push("make bold");
        undoStack.Push("delete line");

        Console.WriteLine("top: " + undoStack.Peek()); // look without removing
        while (undoStack.Count > 0)
        {
            Console.WriteLine("undo: " + undoStack.Pop());
        }
    }
}
