using System;

class Account
{
    public string Owner;
    public int Balance;

    // A constructor has the class's name and no return type.
    public Account(string owner, int balance) { Owner = owner; Balance = balance; }

    // An overload that chains to the main constructor with a default balance.
    public Account(string owner) : this(owner, 0) { }
}

class Program
{
    static void Main()
    {
        var ada = new Account("Ada", 100);
        var linus = new Account("Linus");
        Console.WriteLine($"{ada.Owner} {ada.Balance}");
        Console.WriteLine($"{linus.Owner} {linus.Balance}");
    }
}
