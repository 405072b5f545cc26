using System;

class Program
{
    // Type patterns with `is` test the type and bind a typed variable at once.
    static string Describe(object value)
    {
        if (value == null) return "nothing";
        if (value is int n) return n < 0 ? $"negative int {n}" : $"int {n}";
        if (value is string s) return s.Length == 0 ? "empty string" : $"string \"{s}\" ({s.Length} chars)";
        if (value is bool b) return b ? "yes" : "no";
        return "unsupported " + value.GetType().Name;
    }

    // A classic switch: each section must end in break or return (no fall-through).
    static string DayKind(DayOfWeek day)
    {
        switch (day)
        {
            case DayOfWeek.Saturday:
            case DayOfWeek.Sunday:
                return "weekend";
            default:
                return "weekday";
        }
    }

    static decimal Discount(decimal total, bool isMember)
    {
        // Guard clauses keep the main rule flat.
        if (total < 0) throw new ArgumentOutOfRangeException(nameof(total));
        if (!isMember) return 0m;
        return total >= 100m ? total * 0.10m : total * 0.05m;
    }

    static void Main()
    {
        object[] values = { 42, -7, "", "hello", true, null, 3.5 };
        foreach (object v in values)
        {
            Console.WriteLine(Describe(v));
        }
        Console.WriteLine($"member, 120: {Discount(120m, true)}");
        Console.WriteLine($"member,  40: {Discount(40m, true)}");
        Console.WriteLine($"guest,  120: {Discount(120m, false)}");
        Console.WriteLine($"Sunday is a {DayKind(DayOfWeek.Sunday)}, Monday a {DayKind(DayOfWeek.Monday)}");
    }
}
