using System;

// Amortized analysis: a growable array that doubles its capacity.
// One Add can cost O(n) (copying everything), yet n Adds cost O(n) total,
// so each Add is amortized O(1). Growing by a fixed amount would be O(n^2).
class GrowableArray
{
    int[] items = new int[1];
    public int Count { get; private set; }
    public long Copies { get; private set; }
    readonly Func<int, int> grow;

    public GrowableArray(Func<int, int> grow) { this.grow = grow; }

    public void Add(int value)
    {
        if (Count == items.Length)
        {
            var bigger = new int[grow(items.Length)];
            Array.Copy(items, bigger, Count);   // O(Count) work, but rare
            Copies += Count;
            items = bigger;
        }
        items[Count++] = value;
    }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("      n   copies(x2)   copies(+16)");
        foreach (int n in new[] { 1000, 10000, 100000 })
        {
            var doubling = new GrowableArray(cap => cap * 2);
            var fixedStep = new GrowableArray(cap => cap + 16);
            for (int i = 0; i < n; i++) { doubling.Add(i); fixedStep.Add(i); }
            Console.WriteLine("{0,7} {1,12} {2,13}", n, doubling.Copies, fixedStep.Copies);
        }
        // Doubling copies stay below 2n; fixed steps grow about 100x per 10x n.
    }
}
