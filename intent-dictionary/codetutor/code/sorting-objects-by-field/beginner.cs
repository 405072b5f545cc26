using System;
using System.Collections.Generic;

class Student
{
    public string Name { get; }
    public int Grade { get; }

    public Student(string name, int grade)
    {
        Name = name;
        Grade = grade;
    }
}

class Program
{
    static void Main()
    {
        var students = new List<Student>
        {
            new Student("Maya", 88), new Student("Leo", 95), new Student("Ivy", 72),
        };

        // Compare b to a to put the highest grade first; sorts the list in place
        students.Sort((a, b) => b.Grade.CompareTo(a.Grade));

        foreach (var s in students)
        {
            Console.WriteLine($"{s.Name} {s.Grade}");
        }
    }
}
