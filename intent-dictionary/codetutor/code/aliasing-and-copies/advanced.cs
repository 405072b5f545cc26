using System;
using System.Collections.Generic;

// A struct is a VALUE type: assignment copies all of its fields.
struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
}

// A class is a REFERENCE type: assignment copies the reference.
class Box
{
    public int Size;
    public List<string> Labels = new List<string>();

    // Shallow copy: new Box, but the SAME list.
    public Box ShallowCopy() => (Box)MemberwiseClone();

    // Deep copy: new Box AND a new list.
    public Box Clone() => new Box { Size = Size, Labels = new List<string>(Labels) };
}

class Program
{
    static void Main()
    {
        var p1 = new Point(1, 2);
        var p2 = p1;       // a full copy, so changing p2 leaves p1 alone
        p2.X = 99;
        Console.WriteLine(p1.X);                  // 1

        var b1 = new Box { Size = 1 };
        b1.Labels.Add("fragile");
        var same = b1;                            // alias
        var shallow = b1.ShallowCopy();
        var deep = b1.Clone();
        same.Size = 2;
        shallow.Labels.Add("heavy");              // shared list!
        deep.Labels.Add("cold");
        Console.WriteLine(b1.Size + " " + string.Join(",", b1.Labels)); // 2 fragile,heavy

        // Expose read-only views instead of the list itself.
        IReadOnlyList<string> view = b1.Labels.AsReadOnly();
        Console.WriteLine(view.Count);            // 2
        var snapshot = new List<string>(b1.Labels); // independent copy
        b1.Labels.Clear();
        Console.WriteLine(snapshot.Count);        // 2
    }
}
