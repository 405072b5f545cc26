using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var emails = new Dictionary<string, string> { ["ada"] = "ada@example.com" };

        // TryGetValue tells you whether the value exists before you use it.
        string email;
        if (emails.TryGetValue("grace", out email))
            Console.WriteLine(email.ToUpper());
        else
            Console.WriteLine("grace: no email on file");

        // ?. stops at null and ?? supplies a default.
        string missing = null;
        Console.WriteLine(missing?.ToUpper() ?? "unknown");
    }
}
