using System;
using System.Collections.Generic;
using System.Linq;

class Order
{
    public long SubtotalCents { get; }
    public double WeightKg { get; }
    public Order(long subtotalCents, double weightKg) { SubtotalCents = subtotalCents; WeightKg = weightKg; }
}

interface IShippingStrategy
{
    long Quote(Order order); // cents: integers avoid float rounding
}

sealed class FlatRate : IShippingStrategy
{
    private readonly long cents;
    public FlatRate(long cents) { this.cents = cents; }
    public long Quote(Order order) => cents;
}

sealed class ByWeight : IShippingStrategy
{
    private readonly long centsPerKg;
    public ByWeight(long centsPerKg) { this.centsPerKg = centsPerKg; }
    public long Quote(Order order) => (long)Math.Round(order.WeightKg * centsPerKg);
}

// Wraps another strategy: strategies compose.
sealed class FreeOver : IShippingStrategy
{
    private readonly long threshold;
    private readonly IShippingStrategy otherwise;
    public FreeOver(long threshold, IShippingStrategy otherwise) { this.threshold = threshold; this.otherwise = otherwise; }
    public long Quote(Order order) => order.SubtotalCents >= threshold ? 0 : otherwise.Quote(order);
}

class Program
{
    static void Main()
    {
        // Choose by name at runtime, e.g. from configuration.
        var registry = new Dictionary<string, Func<IShippingStrategy>>
        {
            ["flat"] = () => new FlatRate(499),
            ["weight"] = () => new ByWeight(120),
            ["promo"] = () => new FreeOver(5000, new FlatRate(499)),
        };
        var orders = new[] { new Order(2500, 1.5), new Order(7200, 9.0) };
        foreach (var name in registry.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            IShippingStrategy s = registry[name]();
            Console.WriteLine($"{name,-7} {string.Join(", ", orders.Select(o => s.Quote(o)))}");
        }
        string cheapest = registry.OrderBy(p => p.Value().Quote(orders[1])).First().Key; // OrderBy is stable
        Console.WriteLine("cheapest for the heavy order: " + cheapest);
    }
}
