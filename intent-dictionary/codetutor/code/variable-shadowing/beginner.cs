using System;

class Greeter
{
    private string name = "field";

    // The parameter "name" shadows the field "name" inside this method.
    public void Rename(string name)
    {
        Console.WriteLine(name);       // the parameter
        Console.WriteLine(this.name);  // the field, reached through "this"
        this.name = name;              // update the field explicitly
    }
    public string Name => name;
}

class Program
{
    static void Main()
    {
        var g = new Greeter();
        g.Rename("Ada");
        Console.WriteLine(g.Name); // Ada
    }
}
