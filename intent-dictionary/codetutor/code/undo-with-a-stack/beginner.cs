using System;
using System.Collections.Generic;

class Editor
{
    public string Text { get; private set; } = "";
    private readonly Stack<string> history = new Stack<string>();

    public void Type(string words)
    {
        history.Push(Text); // remember the state before the change
        Text += words;
    }

    public void Undo()
    {
        if (history.Count > 0) // Pop() on an empty stack would throw
        {
            Text = history.Pop();
        }
    }
}

class Program
{
    static void Main()
    {
        var editor = new Editor();
        editor.Type("Hello");
        editor.Type(", world");
        Console.WriteLine(editor.Text);
        editor.Undo(); // the most recent change is undone first
        Console.WriteLine(editor.Text);
        editor.Undo();
        editor.Undo(); // safe: the stack is already empty
        Console.WriteLine($"\"{editor.Text}\"");
    }
}
