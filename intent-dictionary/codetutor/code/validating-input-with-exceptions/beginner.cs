using System;

class Program
{
    // Turn text into an age, or throw an exception if it is not a valid one.
    static int ParseAge(string text)
    {
        int age;
        if (!int.TryParse(text, out age))
            throw new FormatException($"age must be a whole number, got \"{text}\"");
        if (age < 0 || age > 150)
            throw new ArgumentOutOfRangeException(nameof(text), age, "age must be between 0 and 150");
        return age;
    }

    static void Main()
    {
        foreach (string text in new[] { "42", "-3", "abc" })
        {
            try
            {
                Console.WriteLine("ok: " + ParseAge(text));
            }
            catch (Exception e) when (e is FormatException || e is ArgumentException)
            {
                // ArgumentException messages may add the parameter name on extra lines
                Console.WriteLine("rejected: " + e.Message.Split('\n')[0]);
            }
        }
    }
}
