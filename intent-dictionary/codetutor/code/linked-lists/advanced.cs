using System;
using System.Collections.Generic;

class Program
{
    // An LRU cache: Dictionary for O(1) lookup, LinkedList<T> for O(1) reordering.
    class LruCache<TKey, TValue>
    {
        private readonly int capacity;
        private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> map =
            new Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>>();
        private readonly LinkedList<KeyValuePair<TKey, TValue>> order =
            new LinkedList<KeyValuePair<TKey, TValue>>(); // front = most recently used

        public LruCache(int capacity)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException("capacity");
            this.capacity = capacity;
        }

        public bool TryGet(TKey key, out TValue value)
        {
            LinkedListNode<KeyValuePair<TKey, TValue>> node;
            if (!map.TryGetValue(key, out node)) { value = default(TValue); return false; }
            order.Remove(node);   // O(1): we hold the node itself
            order.AddFirst(node);
            value = node.Value.Value;
            return true;
        }

        public void Put(TKey key, TValue value)
        {
            LinkedListNode<KeyValuePair<TKey, TValue>> old;
            if (map.TryGetValue(key, out old)) order.Remove(old);
            map[key] = order.AddFirst(new KeyValuePair<TKey, TValue>(key, value));
            if (map.Count > capacity)
            {
                var lru = order.Last; // least recently used sits at the back
                order.RemoveLast();
                map.Remove(lru.Value.Key);
            }
        }
    }

    static void Main()
    {
        var cache = new LruCache<string, int>(2);
        int v;
        cache.Put("a", 1);
        cache.Put("b", 2);
        cache.TryGet("a", out v); // touch a, so b becomes least recently used
        cache.Put("c", 3);        // evicts b
        Console.WriteLine("has b? " + cache.TryGet("b", out v));
        Console.WriteLine("has a? " + cache.TryGet("a", out v) + " value " + v);
    }
}
