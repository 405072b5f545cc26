using System;
using System.Collections.Generic;
using System.Linq;

class User
{
    public string Name;
    public string Email;
    public bool Banned;
    public string[] Roles;
}

class Program
{
    static bool CanPublish(User u)
    {
        // Short-circuit: later checks only run while the earlier ones are true.
        return u != null
            && !u.Banned
            && !string.IsNullOrEmpty(u.Email)
            && u.Roles.Any(r => r == "editor" || r == "admin");
    }

    static void Main()
    {
        var users = new List<User>
        {
            new User { Name = "ada", Email = "ada@example.com", Roles = new[] { "editor" } },
            new User { Name = "bob", Email = null, Banned = true, Roles = new[] { "admin" } },
            new User { Name = "cy", Email = "cy@example.com", Roles = new string[0] },
        };
        foreach (var u in users)
            Console.WriteLine($"{u.Name} {CanPublish(u)}");
        Console.WriteLine("anonymous " + CanPublish(null));

        Console.WriteLine("all have email: " + users.All(u => u.Email != null));

        // bool? has three values; & and | follow three-valued logic.
        bool? unknown = null;
        Console.WriteLine($"null & false = {unknown & false}, null | true = {unknown | true}");
        Console.WriteLine($"null & true is null: {(unknown & true) == null}");

        // De Morgan's laws hold for every combination.
        foreach (bool a in new[] { false, true })
            foreach (bool b in new[] { false, true })
                if (!(a && b) != (!a || !b) || !(a || b) != (!a && !b))
                    throw new InvalidOperationException("impossible");
        Console.WriteLine("De Morgan verified");
    }
}
