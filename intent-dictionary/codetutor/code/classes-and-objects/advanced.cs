using System;
using System.Collections.Generic;

// An immutable value class: read-only properties, Equals/GetHashCode kept consistent.
sealed class Vector : IEquatable<Vector>
{
    public static readonly Vector Origin = new Vector(0, 0);
    public double X { get; }
    public double Y { get; }

    public Vector(double x, double y)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || double.IsNaN(y) || double.IsInfinity(y))
            throw new ArgumentException("coordinates must be finite");
        X = x;
        Y = y;
    }

    public Vector Plus(Vector other) => new Vector(X + other.X, Y + other.Y);
    public double Length() => Math.Sqrt(X * X + Y * Y);
    public bool Equals(Vector other) => other != null && other.X == X && other.Y == Y;
    public override bool Equals(object obj) => Equals(obj as Vector);
    public override int GetHashCode() => X.GetHashCode() * 31 + Y.GetHashCode();
    public override string ToString() => $"Vector({X}, {Y})";
}

class Program
{
    static void Main()
    {
        var a = new Vector(3, 4);
        var b = new Vector(3, 4);
        Console.WriteLine($"{a} has length {a.Length()}");
        Console.WriteLine($"same object: {ReferenceEquals(a, b)} | a.Equals(b): {a.Equals(b)}");
        Console.WriteLine($"sum: {a.Plus(Vector.Origin).Plus(new Vector(1, -1))}");
        var set = new HashSet<Vector> { a, b, Vector.Origin };
        Console.WriteLine($"distinct values: {set.Count}");
    }
}
