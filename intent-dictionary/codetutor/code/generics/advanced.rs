use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

// Keeps the `capacity` most recently used entries; O(log n) get and put.
// The bounds say exactly what K must support: hashing, equality and cloning.
struct LruCache<K: Hash + Eq + Clone, V> {
    capacity: usize,
    tick: u64,
    entries: HashMap<K, (V, u64)>, // value and last-use tick
    by_age: BTreeMap<u64, K>,     // oldest tick first
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    fn new(capacity: usize) -> Self {
        assert!(capacity > 0, "capacity must be at least 1");
        LruCache { capacity, tick: 0, entries: HashMap::new(), by_age: BTreeMap::new() }
    }

    fn get(&mut self, key: &K) -> Option<&V> {
        let (value, used) = self.entries.get_mut(key)?;
        self.tick += 1;
        self.by_age.remove(used);
        self.by_age.insert(self.tick, key.clone()); // now the most recently used
        *used = self.tick;
        Some(value)
    }

    fn put(&mut self, key: K, value: V) {
        self.tick += 1;
        if let Some((_, used)) = self.entries.insert(key.clone(), (value, self.tick)) {
            self.by_age.remove(&used); // replaced an entry: forget its old age
        }
        self.by_age.insert(self.tick, key);
        if self.entries.len() > self.capacity {
            if let Some((_, oldest)) = self.by_age.pop_first() {
                self.entries.remove(&oldest);
            }
        }
    }
}

fn main() {
    let mut cache: LruCache<&str, i32> = LruCache::new(2);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.get(&"a"); // touch "a", so "b" becomes the oldest
    cache.put("c", 3); // evicts "b"
    let (a, b) = (cache.get(&"a").copied(), cache.get(&"b").copied());
    println!("a: {a:?}, b: {b:?}"); // b is None: it was evicted
}
