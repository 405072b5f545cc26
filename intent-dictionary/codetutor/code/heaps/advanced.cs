using System;
using System.Collections.Generic;

class Program
{
    // A generic binary min-heap ordered by an IComparer<T>.
    class MinHeap<T>
    {
        private readonly List<T> items = new List<T>();
        private readonly IComparer<T> cmp;

        public MinHeap(IComparer<T> comparer = null) { cmp = comparer ?? Comparer<T>.Default; }
        public int Count { get { return items.Count; } }

        public void Push(T value)
        {
            items.Add(value);
            for (int i = items.Count - 1; i > 0; )
            {
                int parent = (i - 1) / 2;
                if (cmp.Compare(items[i], items[parent]) >= 0) break;
                Swap(i, parent);
                i = parent;
            }
        }

        public T Pop()
        {
            if (items.Count == 0) throw new InvalidOperationException("heap is empty");
            T top = items[0];
            items[0] = items[items.Count - 1];
            items.RemoveAt(items.Count - 1);
            for (int i = 0; ; )
            {
                int l = 2 * i + 1, r = l + 1, m = i;
                if (l < items.Count && cmp.Compare(items[l], items[m]) < 0) m = l;
                if (r < items.Count && cmp.Compare(items[r], items[m]) < 0) m = r;
                if (m == i) break;
                Swap(i, m);
                i = m;
            }
            return top;
        }

        private void Swap(int a, int b) { T t = items[a]; items[a] = items[b]; items[b] = t; }
    }

    static void Main()
    {
        // Tuples compare item by item: (due time, name).
        var timers = new MinHeap<Tuple<int, string>>();
        timers.Push(Tuple.Create(300, "flush logs"));
        timers.Push(Tuple.Create(100, "heartbeat"));
        timers.Push(Tuple.Create(200, "retry upload"));
        timers.Push(Tuple.Create(100, "check mail"));
        while (timers.Count > 0)
        {
            var t = timers.Pop();
            Console.WriteLine("t=" + t.Item1 + " " + t.Item2);
        }

        var maxHeap = new MinHeap<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (int n in new[] { 4, 17, 9 }) maxHeap.Push(n);
        Console.WriteLine("largest: " + maxHeap.Pop());
    }
}
