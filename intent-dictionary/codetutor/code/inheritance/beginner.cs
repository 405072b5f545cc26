using System;

class Animal
{
    public string Name { get; }
    public Animal(string name) { Name = name; }
    public string Describe() => $"{Name} says {Sound()}";
    public virtual string Sound() => "..."; // virtual: subclasses may override it
}

class Dog : Animal // Dog inherits Name and Describe() from Animal
{
    public Dog(string name) : base(name) { } // constructors are not inherited
    public override string Sound() => "Woof";
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Animal("Generic").Describe());
        Animal pet = new Dog("Rex"); // a Dog can be used wherever an Animal is expected
        Console.WriteLine(pet.Describe());
    }
}
