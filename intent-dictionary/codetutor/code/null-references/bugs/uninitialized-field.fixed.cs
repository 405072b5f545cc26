using System;
using System.Collections.Generic;

class Basket
{
    public List<string> Items = new List<string>(); // initialise the field

    public void Add(string item)
    {
        Items.Add(item);
    }
}

class Program
{
    static void Main()
    {
        var basket = new Basket();
        basket.Add("apple");
        Console.WriteLine(basket.Items.Count); // 1
    }
}
