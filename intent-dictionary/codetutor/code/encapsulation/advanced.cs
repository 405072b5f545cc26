using System;
using System.Collections.Generic;

sealed class Entry
{
    public readonly string Description; public readonly long Cents;
    public Entry(string description, long cents) { Description = description; Cents = cents; }
    public override string ToString() => $"{Description} {Cents}";
}

class Account
{
    readonly List<Entry> entries = new List<Entry>();
    readonly long overdraft;

    public string Owner { get; }
    public long Balance { get; private set; } // cached; only Record changes it
    public IReadOnlyList<Entry> History => entries.AsReadOnly(); // a read-only view, not a copy

    public Account(string owner, long overdraft)
    {
        if (overdraft < 0) throw new ArgumentOutOfRangeException(nameof(overdraft));
        Owner = owner;
        this.overdraft = overdraft;
    }

    public void Deposit(long cents, string description) => Record(description, Math.Abs(cents));
    public void Withdraw(long cents, string description) => Record(description, -Math.Abs(cents));

    void Record(string description, long cents)
    {
        if (Balance + cents < -overdraft)
            throw new InvalidOperationException($"{Owner} cannot take out {-cents}");
        entries.Add(new Entry(description, cents));
        Balance += cents;
    }
}

class Program
{
    static void Main()
    {
        var account = new Account("Ada", 1000);
        account.Deposit(5000, "salary");
        account.Withdraw(5500, "rent");
        Console.WriteLine($"balance: {account.Balance}");
        try { account.Withdraw(1000, "cash"); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine("history: " + string.Join(", ", account.History));
    }
}
