using System;
using System.Collections.Generic;
using System.Linq;

class Order
{
    public int Id;
    public string Customer;
    public decimal Total;
    public Order(int id, string customer, decimal total) { Id = id; Customer = customer; Total = total; }
}

class Program
{
    // Try-pattern: a bool result plus an out value, no sentinel needed.
    static bool TryFind<T>(IEnumerable<T> items, Func<T, bool> pred, out T found)
    {
        foreach (var item in items)
        {
            if (pred(item)) { found = item; return true; }
        }
        found = default(T);
        return false;
    }

    static void Main()
    {
        var orders = new List<Order>
        {
            new Order(1, "ana", 20m), new Order(2, "bo", 310.5m), new Order(3, "ana", 99.9m)
        };

        Order big;
        if (TryFind(orders, o => o.Total > 100m, out big))
            Console.WriteLine("first big order: #" + big.Id); // #2

        // List<T>.FindIndex and LINQ do the same O(n) scan.
        Console.WriteLine(orders.FindIndex(o => o.Customer == "zed")); // -1
        Console.WriteLine(string.Join(",", orders.Where(o => o.Customer == "ana").Select(o => o.Id))); // 1,3

        // Many lookups: a Dictionary costs O(n) once, then O(1) per query.
        var byId = orders.ToDictionary(o => o.Id);
        Console.WriteLine(byId.ContainsKey(7) ? "found" : "7 missing");
    }
}
