using System;

class Program
{
    // A static method: a return type, a name and typed parameters.
    static string Greet(string name)
    {
        return "Hello, " + name + "!";
    }

    // An expression-bodied method for a one-line calculation.
    static int Area(int width, int height) => width * height;

    static void Main()
    {
        // Define once, call as often as you like.
        Console.WriteLine(Greet("Ada"));
        Console.WriteLine(Greet("Grace"));

        int room = Area(3, 4); // the returned value can be stored and reused
        Console.WriteLine("Room area: " + room);
        Console.WriteLine("Both rooms: " + (room + Area(5, 5)));
    }
}
