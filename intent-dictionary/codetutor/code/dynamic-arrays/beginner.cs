using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        // List<T> is C#'s dynamic array: it grows as you add to it.
        var tasks = new List<string>();
        tasks.Add("write tests");
        tasks.Add("fix bug");
        tasks.Add("deploy");
        Console.WriteLine(string.Join(", ", tasks) + " count: " + tasks.Count);

        tasks.Insert(0, "coffee");          // insert at the front
        tasks.RemoveAt(tasks.Count - 1);    // remove the last item
        Console.WriteLine("left: " + string.Join(", ", tasks));
    }
}
