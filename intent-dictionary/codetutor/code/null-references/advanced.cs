using System;
using System.Collections.Generic;
using System.Linq;

class User
{
    public string Name { get; }
    public User Manager { get; }   // null means "top of the tree"

    public User(string name, User manager = null)
    {
        // Guard clause: refuse null at the entrance with a clear message.
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Manager = manager;
    }
}

class Program
{
    static void Main()
    {
        var grace = new User("Grace");
        var linus = new User("Linus", grace);
        var users = new List<User> { grace, linus };

        // ?. short-circuits the whole chain; ?? gives the fallback.
        foreach (var u in users)
            Console.WriteLine(u.Name + " -> " + (u.Manager?.Name ?? "(no manager)"));

        // FirstOrDefault returns null for a missing reference type.
        User ken = users.FirstOrDefault(u => u.Name == "Ken");
        Console.WriteLine(ken?.Name.Length ?? -1); // -1

        // Nullable value types make "no value" explicit for int, bool, ...
        int? score = null;
        Console.WriteLine(score.HasValue ? score.Value.ToString() : "no score");
        Console.WriteLine(score.GetValueOrDefault(50)); // 50

        try { new User(null); }
        catch (ArgumentNullException e) { Console.WriteLine("caught: " + e.ParamName); } // name
    }
}
