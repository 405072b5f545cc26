using System;

// A class is a blueprint; `new` builds an object from it.
class Dog
{
    public string Name; // each object gets its own name and age
    public int Age;

    public Dog(string name, int age) { Name = name; Age = age; }

    public string Describe() => $"{Name} is {Age} years old";
}

class Program
{
    static void Main()
    {
        var rex = new Dog("Rex", 3);
        var fido = new Dog("Fido", 5);
        fido.Age += 1; // only fido changes; rex is a separate object
        Console.WriteLine(rex.Describe());
        Console.WriteLine(fido.Describe());
    }
}
