using System;

class Program
{
    static void Main()
    {
        int age = 20;
        bool hasTicket = true;
        bool isStaff = false;

        // &&: both must be true; ||: at least one; !: flips the value.
        bool canEnter = (age >= 18 && hasTicket) || isStaff;
        Console.WriteLine("Can enter: " + canEnter);

        Console.WriteLine("Is minor: " + !(age >= 18));
        Console.WriteLine($"{true && false} {true || false} {!true}");

        // Comparisons produce booleans too.
        bool isTeen = age >= 13 && age <= 19;
        Console.WriteLine("Teenager: " + isTeen);
    }
}
