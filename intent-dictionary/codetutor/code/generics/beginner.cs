using System;
using System.Collections.Generic;

// T is a type parameter: a placeholder filled in by each user of the class.
class Box<T>
{
    readonly List<T> items = new List<T>();
    public void Add(T item) => items.Add(item);
    public T Last() => items[items.Count - 1];
}

class Program
{
    static void Main()
    {
        var numbers = new Box<int>();
        numbers.Add(1);
        numbers.Add(2);
        // numbers.Add("x");  // compile error: cannot convert string to int
        Console.WriteLine(numbers.Last() + 10);
        var names = new Box<string>(); // the same class, reused for strings
        names.Add("Ada");
        Console.WriteLine(names.Last().ToUpper());
    }
}
