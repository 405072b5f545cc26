using System;
using System.Collections.Generic;

class Program
{
    static string Show(IEnumerable<string> items)
    {
        return string.Join(", ", new SortedSet<string>(items)); // sorted for stable output
    }

    static void Main()
    {
        var alice = new HashSet<string> { "read", "write", "comment" };
        var bob = new HashSet<string> { "read", "comment", "admin" };

        // The *With methods modify the set in place, so copy first.
        var both = new HashSet<string>(alice);
        both.IntersectWith(bob);
        Console.WriteLine("both: " + Show(both));

        var either = new HashSet<string>(alice);
        either.UnionWith(bob);
        Console.WriteLine("either: " + Show(either));

        var onlyAlice = new HashSet<string>(alice);
        onlyAlice.ExceptWith(bob);
        Console.WriteLine("only alice: " + Show(onlyAlice));

        var editor = new HashSet<string> { "read", "write" };
        Console.WriteLine("alice covers editor? " + editor.IsSubsetOf(alice));

        // A comparer redefines equality: tags that differ only in case are one tag.
        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Rust", "rust", "GO" };
        Console.WriteLine("distinct tags: " + tags.Count + ", has 'go'? " + tags.Contains("go"));

        // SetEquals ignores order and duplicates in the argument.
        Console.WriteLine("same roles? " + alice.SetEquals(new[] { "comment", "read", "write", "read" }));
    }
}
