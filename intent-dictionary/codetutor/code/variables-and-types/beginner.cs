using System;

class Program
{
    static void Main()
    {
        // Every C# variable has a type; var asks the compiler to infer it.
        string name = "Ada";
        int age = 36;
        bool isStudent = false;
        var city = "London"; // inferred as string

        Console.WriteLine(name + " is " + age + " years old");
        Console.WriteLine("Student: " + isStudent + ", city: " + city);

        age = age + 1;
        Console.WriteLine("Next year: " + age);

        int parsed = int.Parse("42");
        Console.WriteLine(parsed + 8);
        Console.WriteLine(7 / 2); // int division drops the fraction: 3
    }
}
