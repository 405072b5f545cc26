using System;
using System.Collections.Generic;

// Value equality for a class: implement IEquatable<T>, override
// Equals(object) and GetHashCode, and the operators for consistency.
sealed class Money : IEquatable<Money>
{
    public decimal Amount { get; }
    public string Currency { get; }

    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency.ToUpperInvariant();
    }

    public bool Equals(Money other) =>
        !ReferenceEquals(other, null) && Amount == other.Amount && Currency == other.Currency;

    public override bool Equals(object obj) => Equals(obj as Money);
    // Equal objects must produce equal hash codes (10.0m and 10.00m do).
    public override int GetHashCode() => Amount.GetHashCode() * 31 + Currency.GetHashCode();

    public static bool operator ==(Money a, Money b) =>
        ReferenceEquals(a, null) ? ReferenceEquals(b, null) : a.Equals(b);
    public static bool operator !=(Money a, Money b) => !(a == b);
}

class Program
{
    static void Main()
    {
        var a = new Money(10.0m, "eur");
        var b = new Money(10.00m, "EUR");
        Console.WriteLine(a == b);                    // True: decimal 10.0 == 10.00
        Console.WriteLine(ReferenceEquals(a, b));     // False: two objects

        var set = new HashSet<Money> { a, b };
        Console.WriteLine(set.Count);                 // 1: Equals + GetHashCode agree

        // Dictionaries can take a comparer for "what counts as the same key".
        var ages = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        ages["Ada"] = 36;
        Console.WriteLine(ages.ContainsKey("ADA"));   // True

        Money none = null;
        Console.WriteLine(none == null);              // True, no exception
    }
}
