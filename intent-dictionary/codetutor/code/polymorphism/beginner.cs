using System;

abstract class Shape { public abstract double Area(); }

class Circle : Shape
{
    readonly double radius; public Circle(double r) { radius = r; }
    public override double Area() => Math.PI * radius * radius;
}

class Square : Shape
{
    readonly double side; public Square(double s) { side = s; }
    public override double Area() => side * side;
}

class Program
{
    static void Main() // one loop, one call: each object runs its own Area()
    {
        foreach (Shape shape in new Shape[] { new Circle(1), new Square(3) })
            Console.WriteLine($"{shape.GetType().Name} {shape.Area():F2}");
    }
}
