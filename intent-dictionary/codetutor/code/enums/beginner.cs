using System;

// An enum is a fixed set of named values backed by integers.
enum Light { Red, Yellow, Green }

class Program
{
    static Light Next(Light light)
    {
        switch (light)
        {
            case Light.Red: return Light.Green;
            case Light.Green: return Light.Yellow;
            default: return Light.Red;
        }
    }

    static void Main()
    {
        var light = Light.Red;
        for (int i = 0; i < 4; i++, light = Next(light))
            Console.WriteLine($"{light} -> {Next(light)}");
        Console.WriteLine("all lights: " + string.Join(", ", Enum.GetNames(typeof(Light))));
    }
}
