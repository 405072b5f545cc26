using System;

class Program
{
    static void Main()
    {
        string name = "Ada Lovelace";

        Console.WriteLine(name.Length); // 12 characters
        Console.WriteLine(name.ToUpper()); // ADA LOVELACE
        Console.WriteLine(name[0] + " " + name[name.Length - 1]);
        Console.WriteLine(name.Substring(4)); // from index 4: Lovelace

        string[] parts = name.Split(' ');
        Console.WriteLine($"{parts[1]}, {parts[0]}"); // interpolation inserts values

        // Methods return a new string; the original is unchanged.
        string shout = name.Replace("Ada", "ADA");
        Console.WriteLine(shout + " | " + name);
        Console.WriteLine(name.Contains("Love")); // True
    }
}
