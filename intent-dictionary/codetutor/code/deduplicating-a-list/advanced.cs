using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    // Keep the first item for each distinct key, preserving order. O(n), lazy.
    static IEnumerable<T> UniqueBy<T, K>(IEnumerable<T> items, Func<T, K> key, IEqualityComparer<K> comparer = null)
    {
        var seen = new HashSet<K>(comparer ?? EqualityComparer<K>.Default);
        foreach (T item in items)
        {
            if (seen.Add(key(item))) yield return item;
        }
    }

    static void Main()
    {
        var emails = new[] { "Ana@x.io", "bo@x.io", "ana@X.io", "cy@x.io", "BO@x.io" };
        // A comparer instead of lower-casing: no temporary strings
        Console.WriteLine(string.Join(", ", UniqueBy(emails, e => e, StringComparer.OrdinalIgnoreCase)));

        // Distinct(): value tuples compare by value (its docs promise no order,
        // so use UniqueBy when order matters)
        var points = new[] { (1, 2), (3, 4), (1, 2) };
        Console.WriteLine(string.Join(", ", points.Distinct()));

        // Arrays compare by reference, so these two are NOT duplicates to Distinct()
        var raw = new[] { new[] { 1, 2 }, new[] { 1, 2 } };
        Console.WriteLine(raw.Distinct().Count() + " vs " + UniqueBy(raw, a => (a[0], a[1])).Count());
    }
}
