using System;
using System.Collections.Generic;

class Account
{
    private readonly string owner;  // readonly: must be set in the constructor
    private decimal balance;

    public Account(string owner, decimal balance)
    {
        // Parameters shadow the fields; "this." picks the field.
        this.owner = owner;
        this.balance = balance;
    }

    public void Deposit(decimal amount)
    {
        // A naming convention (fields with _, or "this.") avoids
        // "balance = balance", which the compiler flags as CS1717.
        balance += amount;
    }

    public override string ToString() { return owner + ": " + balance; }
}

class Program
{
    static int limit = 10;

    static void Main()
    {
        var acct = new Account("Ada", 50m);
        acct.Deposit(25m);
        Console.WriteLine(acct); // Ada: 75

        // C# forbids a local from shadowing another local or parameter in
        // an enclosing scope (error CS0136), but a local CAN hide a field:
        int limit = 3;
        Console.WriteLine(limit + " " + Program.limit); // 3 10

        // Lambdas capture variables, not values: each foreach iteration
        // has its own variable (C# 5+), so the captures differ.
        var actions = new List<Func<int>>();
        foreach (var n in new[] { 1, 2, 3 }) actions.Add(() => n);
        foreach (var a in actions) Console.Write(a() + " "); // 1 2 3
        Console.WriteLine();
    }
}
