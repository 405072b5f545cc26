using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string sentence = "the cat saw the dog and the dog ran";

        var counts = new SortedDictionary<string, int>(); // keys kept in order
        foreach (string word in sentence.Split(' '))
        {
            // TryGetValue leaves count at 0 when the word is new
            int count;
            counts.TryGetValue(word, out count);
            counts[word] = count + 1;
        }

        foreach (var pair in counts)
        {
            Console.WriteLine($"{pair.Key} {pair.Value}");
        }
    }
}
