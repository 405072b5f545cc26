using System;
using System.Collections.Generic;

class Program
{
    int count; // a field: lives as long as its object

    Program(int count)
    {
        this.count = count; // the parameter shadows the field; `this.` reaches the field
    }

    // A C# lambda can capture and modify a local; the local then outlives the call.
    static Func<int> MakeCounter(int start)
    {
        int current = start;
        return () => ++current;
    }

    static void Main()
    {
        var p = new Program(10);
        Console.WriteLine("field: " + p.count);

        Func<int> a = MakeCounter(0), b = MakeCounter(100);
        Console.WriteLine($"{a()} {a()} {b()}");

        // A for loop has ONE variable i shared by every closure...
        var shared = new List<Func<int>>();
        for (int i = 0; i < 3; i++) shared.Add(() => i);

        // ...so copy it into a fresh local per iteration.
        var copied = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            copied.Add(() => copy);
        }
        Console.WriteLine(string.Join(",", shared.ConvertAll(f => f())) + " vs " +
                          string.Join(",", copied.ConvertAll(f => f())));

        {
            int temp = 42; // block scope
            Console.WriteLine("temp = " + temp);
        }
        // Console.WriteLine(temp); // compile error: temp does not exist here
    }
}
