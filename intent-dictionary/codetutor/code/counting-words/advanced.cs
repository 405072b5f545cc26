using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

class Program
{
    static readonly Regex Word = new Regex("[a-z]+(?:'[a-z]+)?");

    // Case-insensitive word frequencies, ignoring punctuation.
    static Dictionary<string, int> WordCounts(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Word.Matches(text.ToLowerInvariant()))
        {
            int count;
            counts.TryGetValue(m.Value, out count);
            counts[m.Value] = count + 1;
        }
        return counts;
    }

    // The k most frequent words; ties broken alphabetically so output is stable.
    static List<KeyValuePair<string, int>> TopWords(Dictionary<string, int> counts, int k)
    {
        return counts.OrderByDescending(p => p.Value)
                     .ThenBy(p => p.Key, StringComparer.Ordinal)
                     .Take(k)
                     .ToList();
    }

    static void Main()
    {
        string text = "It was the best of times, it was the worst of times;\n" +
                      "it was the age of wisdom, it was the age of foolishness...";
        var counts = WordCounts(text);
        Console.WriteLine($"distinct words: {counts.Count} total words: {counts.Values.Sum()}");
        foreach (var pair in TopWords(counts, 6))
        {
            Console.WriteLine($"{pair.Key,-6} {pair.Value,2} {new string('#', pair.Value)}");
        }
        int python;
        Console.WriteLine($"'python' appears {(counts.TryGetValue("python", out python) ? python : 0)}");
        var small = WordCounts("Don't stop, DON'T!");
        Console.WriteLine(string.Join(", ", small.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
    }
}
