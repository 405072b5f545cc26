using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var tasks = new List<string> { "write", "DONE:test", "deploy", "DONE:review" };
        foreach (var task in tasks)
        {
            if (task.StartsWith("DONE:"))
            {
                tasks.Remove(task); // BUG: the enumerator is now invalid
            }
        }
        Console.WriteLine(string.Join(", ", tasks));
    }
}
