using System;

// The interface says what every discount strategy must provide.
interface IDiscount
{
    decimal Apply(decimal price);
}

class NoDiscount : IDiscount
{
    public decimal Apply(decimal price) => price;
}

class PercentOff : IDiscount
{
    private readonly decimal percent;
    public PercentOff(decimal percent) { this.percent = percent; }
    public decimal Apply(decimal price) => price * (1 - percent / 100);
}

class Program
{
    // Works with any strategy, old or new
    static decimal Checkout(decimal price, IDiscount discount) => discount.Apply(price);

    static void Main()
    {
        Console.WriteLine(Checkout(80m, new NoDiscount()));   // 80
        Console.WriteLine(Checkout(80m, new PercentOff(25))); // 60.00
    }
}
