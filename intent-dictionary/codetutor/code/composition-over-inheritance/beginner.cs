using System;

class Engine
{
    readonly string kind; readonly int horsepower;
    public Engine(string kind, int horsepower) { this.kind = kind; this.horsepower = horsepower; }
    public string Start() => $"{kind} engine ({horsepower} hp) starts";
}

// A Car HAS an Engine instead of BEING one: the part is passed in.
class Car
{
    readonly string name; readonly Engine engine;
    public Car(string name, Engine engine) { this.name = name; this.engine = engine; }
    public string Drive() => $"{name}: {engine.Start()}, off we go"; // delegate to the part
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Car("Roadster", new Engine("petrol", 300)).Drive());
        Console.WriteLine(new Car("City car", new Engine("electric", 110)).Drive());
    }
}
