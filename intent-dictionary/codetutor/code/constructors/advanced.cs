using System;
using System.Globalization;
using System.Text.RegularExpressions;

// A colour that is valid from the moment it exists.
sealed class Rgb
{
    public int Red { get; }
    public int Green { get; }
    public int Blue { get; }

    public Rgb(int red, int green, int blue)
    {
        Red = Check(nameof(red), red);
        Green = Check(nameof(green), green);
        Blue = Check(nameof(blue), blue);
    }

    // Chaining: the grey constructor reuses the validating one.
    public Rgb(int level) : this(level, level, level) { }

    public static Rgb FromHex(string text)
    {
        string digits = text.TrimStart('#');
        if (!Regex.IsMatch(digits, "^[0-9a-fA-F]{6}$"))
            throw new FormatException($"expected #rrggbb, got \"{text}\"");
        int value = int.Parse(digits, NumberStyles.HexNumber);
        return new Rgb(value >> 16, (value >> 8) & 0xff, value & 0xff);
    }

    static int Check(string name, int value) =>
        value >= 0 && value <= 255 ? value : throw new ArgumentOutOfRangeException(name, value, "must be in 0..255");

    public override string ToString() => $"Rgb({Red}, {Green}, {Blue})";
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Rgb(255, 136, 0));
        Console.WriteLine(Rgb.FromHex("#1e90ff"));
        Console.WriteLine(new Rgb(128));
        try { Rgb.FromHex("#abc"); }
        catch (FormatException e) { Console.WriteLine("rejected: " + e.Message); }
        try { new Rgb(300, 0, 0); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("rejected: " + e.ParamName); }
    }
}
