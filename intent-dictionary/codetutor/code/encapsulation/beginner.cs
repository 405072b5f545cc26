using System;

class BankAccount
{
    public string Owner { get; }
    public int Balance { get; private set; } // anyone can read, only this class can write

    public BankAccount(string owner) { Owner = owner; }

    public void Deposit(int amount) =>
        Balance += amount > 0 ? amount : throw new ArgumentException("deposit must be positive");
}

class Program
{
    static void Main()
    {
        var account = new BankAccount("Ada");
        account.Deposit(50);
        Console.WriteLine($"{account.Owner} has {account.Balance}");
        // account.Balance = 1000;  // compile error: the setter is private
    }
}
