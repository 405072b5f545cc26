using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

class Program
{
    static bool IsPalindrome(string text)
    {
        var letters = new List<char>();
        foreach (char c in text)
            if (char.IsLetterOrDigit(c)) letters.Add(char.ToLowerInvariant(c));
        for (int i = 0, j = letters.Count - 1; i < j; i++, j--)
            if (letters[i] != letters[j]) return false;
        return true;
    }

    static void Main()
    {
        Console.WriteLine($"{IsPalindrome("A man, a plan, a canal: Panama")} {IsPalindrome("Hello")}");

        // Say explicitly how to compare: ordinal (byte-like) or culture-aware.
        Console.WriteLine(string.Equals("file.TXT", "file.txt", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("data.csv".EndsWith(".CSV", StringComparison.Ordinal));

        // Normalise before comparing text that may be composed differently.
        string composed = "caf\u00e9", decomposed = "cafe\u0301";
        string normalized = decomposed.Normalize(NormalizationForm.FormC);
        Console.WriteLine($"{composed == decomposed} {composed == normalized}");

        // Split with options drops empty entries from messy input.
        string csv = "pen,,  notebook ,ink,";
        string[] items = csv.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
        var cleaned = new List<string>();
        foreach (string item in items)
            if (item.Trim().Length > 0) cleaned.Add(item.Trim());
        Console.WriteLine(string.Join("|", cleaned));

        // StringBuilder avoids copying the whole string on every append.
        var sb = new StringBuilder();
        int[] cents = { 150, 1299, 90 };
        for (int i = 0; i < cleaned.Count; i++)
            sb.AppendFormat(CultureInfo.InvariantCulture, "{0,-10}{1,8:F2}\n", cleaned[i], cents[i] / 100.0);
        Console.Write(sb.ToString());
    }
}
