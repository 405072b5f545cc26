using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        // Queue<T> is first in, first out, like a line at a shop.
        var line = new Queue<string>();
        line.Enqueue("ana"); // join at the back
        line.Enqueue("ben");
        line.Enqueue("cleo");

        Console.WriteLine("next up: " + line.Peek()); // look at the front
        while (line.Count > 0)
        {
            Console.WriteLine("serving " + line.Dequeue()); // remove from the front
        }
    }
}
