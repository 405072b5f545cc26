// Keeps the `capacity` most recently used entries; O(1) get and set.
class LruCache<K, V> {
  private readonly data = new Map<K, V>(); // a Map remembers insertion order

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError("capacity must be a positive integer");
    }
  }

  // A generic method: D is chosen per call, so the result type is exact.
  get<D>(key: K, fallback: D): V | D {
    if (!this.data.has(key)) return fallback;
    const value = this.data.get(key) as V;
    this.data.delete(key); // re-insert to mark as most recently used
    this.data.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    this.data.delete(key);
    this.data.set(key, value);
    if (this.data.size > this.capacity) {
      const oldest = this.data.keys().next().value as K; // first key = least recently used
      this.data.delete(oldest);
    }
    return this;
  }

  get size(): number {
    return this.data.size;
  }
}

// A constrained generic function: T must have a numeric `length`.
function longest<T extends { length: number }>(items: readonly T[]): T | undefined {
  return items.reduce<T | undefined>((best, x) => (best === undefined || x.length > best.length ? x : best), undefined);
}

const cache = new LruCache<string, number>(2).set("a", 1).set("b", 2);
cache.get("a", 0); // touch "a", so "b" becomes the oldest
cache.set("c", 3); // evicts "b"
console.log("a:", cache.get("a", null), "b:", cache.get("b", null), "size:", cache.size);
console.log(longest(["go", "rust", "java"]), longest([[1], [1, 2, 3]]));
