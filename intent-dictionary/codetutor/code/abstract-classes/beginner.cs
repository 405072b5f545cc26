using System;

abstract class Employee // abstract: `new Employee(...)` does not compile
{
    public string Name { get; }
    protected Employee(string name) { Name = name; }
    public abstract decimal MonthlyPay(); // no body: every subclass must provide one
    public string Payslip() => $"{Name}: {MonthlyPay():F2}"; // relies on the abstract one
}

class Salaried : Employee
{
    readonly decimal yearly;
    public Salaried(string name, decimal yearly) : base(name) { this.yearly = yearly; }
    public override decimal MonthlyPay() => yearly / 12;
}

class Program
{
    static void Main()
    {
        Employee ada = new Salaried("Ada", 60000m);
        Console.WriteLine(ada.Payslip());
    }
}
