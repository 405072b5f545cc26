using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var tasks = new List<string> { "write", "DONE:test", "deploy", "DONE:review" };
        tasks.RemoveAll(task => task.StartsWith("DONE:")); // safe bulk removal
        Console.WriteLine(string.Join(", ", tasks)); // write, deploy
    }
}
