using System;

class Program
{
    static string greeting = "Hello"; // a static field: visible in every method of Program

    static string Welcome(string name)
    {
        string message = greeting + ", " + name + "!"; // local to Welcome()
        return message;
    }

    static void Main()
    {
        Console.WriteLine(Welcome("Ada"));
        // Console.WriteLine(message); // compile error: name does not exist here

        if (greeting.Length > 3)
        {
            string inside = "only inside these braces"; // block scope
            Console.WriteLine(inside);
        }
        // Console.WriteLine(inside); // compile error here too
    }
}
