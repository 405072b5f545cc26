using System;

class Program
{
    static void Main()
    {
        int[] scores = { 90, 75, 82, 68 };

        // Valid indexes are 0 .. Length - 1, so the test is "<", not "<=".
        for (int i = 0; i < scores.Length; i++)
        {
            Console.WriteLine("#" + (i + 1) + ": " + scores[i]);
        }

        // foreach has no index to get wrong.
        foreach (int score in scores) Console.WriteLine(score);

        // An inclusive range 1..10 needs "<= 10".
        int total = 0;
        for (int i = 1; i <= 10; i++) total += i;
        Console.WriteLine(total); // 55
    }
}
