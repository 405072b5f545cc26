using System;
using System.Collections.Generic;
using System.Linq;

class Employee
{
    public string Name { get; }
    public string Dept { get; }
    public int Salary { get; }

    public Employee(string name, string dept, int salary)
    {
        Name = name;
        Dept = dept;
        Salary = salary;
    }
}

class Program
{
    static void Main()
    {
        var staff = new List<Employee>
        {
            new Employee("Noor", "eng", 120), new Employee("Ada", "ops", 90),
            new Employee("Ben", "eng", 120), new Employee("Cal", "eng", 95),
            new Employee("Dee", "ops", 105),
        };

        // LINQ's OrderBy is stable and returns a new sequence; staff is untouched.
        var ranked = staff.OrderBy(e => e.Dept, StringComparer.Ordinal)
                          .ThenByDescending(e => e.Salary)
                          .ThenBy(e => e.Name, StringComparer.Ordinal)
                          .ToList();
        foreach (var e in ranked)
        {
            Console.WriteLine($"{e.Dept,-4} {e.Salary,4} {e.Name}");
        }
        Console.WriteLine("original first: " + staff[0].Name);

        // List<T>.Sort is in place but NOT stable, so give it a full tie-breaker.
        staff.Sort((a, b) =>
        {
            int byDept = string.CompareOrdinal(a.Dept, b.Dept);
            return byDept != 0 ? byDept : string.CompareOrdinal(a.Name, b.Name);
        });
        Console.WriteLine(string.Join(", ", staff.Select(e => e.Name)));
    }
}
