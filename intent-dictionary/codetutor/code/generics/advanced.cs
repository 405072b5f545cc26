using System;
using System.Collections.Generic;

sealed class LruCache<TKey, TValue>
{
    readonly int capacity; // keeps this many most recently used entries; O(1) TryGet and Put
    readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> index =
        new Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>>();
    readonly LinkedList<KeyValuePair<TKey, TValue>> order = new LinkedList<KeyValuePair<TKey, TValue>>(); // front = newest

    public LruCache(int capacity) =>
        this.capacity = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public bool TryGet(TKey key, out TValue value)
    {
        bool found = index.TryGetValue(key, out var node);
        if (found) { order.Remove(node); order.AddFirst(node); } // mark as most recently used
        value = found ? node.Value.Value : default(TValue);
        return found;
    }

    public void Put(TKey key, TValue value)
    {
        if (index.TryGetValue(key, out var old)) order.Remove(old);
        index[key] = order.AddFirst(new KeyValuePair<TKey, TValue>(key, value));
        if (index.Count <= capacity) return;
        index.Remove(order.Last.Value.Key); // evict the least recently used
        order.RemoveLast();
    }
}

class Program
{
    // A constrained generic method: T must know how to compare itself.
    static T Largest<T>(IEnumerable<T> items) where T : IComparable<T>
    {
        var best = default(T); var first = true;
        foreach (var item in items) { if (first || item.CompareTo(best) > 0) best = item; first = false; }
        return first ? throw new InvalidOperationException("empty sequence") : best;
    }

    static void Main()
    {
        var cache = new LruCache<string, int>(2); cache.Put("a", 1); cache.Put("b", 2);
        cache.TryGet("a", out _); // touch "a", so "b" becomes the oldest
        cache.Put("c", 3); // evicts "b"
        Console.WriteLine($"has a: {cache.TryGet("a", out var a)} ({a}), has b: {cache.TryGet("b", out _)}");
        Console.WriteLine($"{Largest(new[] { 3, 9, 4 })} {Largest(new[] { "pear", "apple" })}");
    }
}
