using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

// Derives from ArgumentException so generic "bad argument" handlers still catch it.
class ValidationException : ArgumentException
{
    public IReadOnlyDictionary<string, string> Problems { get; }

    public ValidationException(IDictionary<string, string> problems, Exception inner = null)
        : base(string.Join("; ", problems.Select(p => p.Key + ": " + p.Value)), inner)
    {
        Problems = new SortedDictionary<string, string>(problems);
    }
}

sealed class Signup
{
    static readonly Regex Name = new Regex("^[a-z0-9_]{3,20}$");
    public string Username { get; }
    public int Age { get; }

    // Private constructor + factory: every Signup that exists has been validated.
    Signup(string username, int age) { Username = username; Age = age; }

    public static Signup FromForm(string username, string ageText)
    {
        var problems = new Dictionary<string, string>();
        string name = (username ?? "").Trim().ToLowerInvariant();
        if (!Name.IsMatch(name)) problems["username"] = "3-20 letters, digits or _";
        int age;
        if (!int.TryParse(ageText, out age)) problems["age"] = "must be a whole number";
        else if (age < 13 || age > 120) problems["age"] = $"must be 13-120, got {age}";
        if (problems.Count > 0) throw new ValidationException(problems);
        return new Signup(name, age);
    }

    public override string ToString() => $"{Username} ({Age})";
}

class Program
{
    static void Main()
    {
        var forms = new[] { new[] { " Ada_99 ", "36" }, new[] { "x!", "9" }, new[] { "bob", "ten" } };
        foreach (var form in forms)
        {
            try
            {
                Console.WriteLine("accepted: " + Signup.FromForm(form[0], form[1]));
            }
            catch (ValidationException e) when (e.Problems.ContainsKey("age")) // exception filter
            {
                Console.WriteLine($"rejected, age problem: {e.Message}");
            }
            catch (ValidationException e)
            {
                Console.WriteLine($"rejected: {string.Join(", ", e.Problems.Keys)}");
            }
        }
    }
}
