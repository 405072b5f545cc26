using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

// An immutable class: readonly fields, get-only properties, "with" methods return new objects.
sealed class Cart
{
    readonly List<string> items;

    public string Owner { get; }
    public IReadOnlyList<string> Items => items.AsReadOnly();

    public Cart(string owner, IEnumerable<string> items)
    {
        Owner = owner;
        this.items = new List<string>(items); // defensive copy of the caller's data
    }

    public Cart With(string item)
    {
        var next = new List<string>(items) { item };
        return new Cart(Owner, next);
    }

    public override string ToString() => $"{Owner}: [{string.Join(", ", items)}]";
}

class Program
{
    // static readonly: set once at run time (a DateTime cannot be const).
    static readonly DateTime Epoch = new DateTime(2000, 1, 1);
    const int MaxItems = 3; // const: baked into the compiled code

    static void Main()
    {
        var source = new List<string> { "pen" };
        var first = new Cart("ada", source);
        source.Add("sneaky"); // does not affect the cart
        var second = first.With("ink");
        Console.WriteLine(first + " / " + second);

        var view = (ReadOnlyCollection<string>)second.Items;
        try { ((IList<string>)view).Add("hack"); }
        catch (NotSupportedException) { Console.WriteLine("items are read-only"); }

        Console.WriteLine($"max {MaxItems}, epoch year {Epoch.Year}");
    }
}
