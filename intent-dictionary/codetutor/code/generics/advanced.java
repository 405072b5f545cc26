import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class Main {
    // Keeps the `capacity` most recently used entries; O(1) get and put.
    static final class LruCache<K, V> {
        private final Map<K, V> data;

        LruCache(int capacity) {
            if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
            // accessOrder=true: every get moves the entry to the end of the iteration order
            this.data = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
            };
        }

        Optional<V> get(K key) { return Optional.ofNullable(data.get(key)); }
        void put(K key, V value) { data.put(key, value); }
        int size() { return data.size(); }
    }

    // A bounded generic method: T must be comparable with itself (or a supertype).
    static <T extends Comparable<? super T>> Optional<T> largest(Collection<? extends T> items) {
        T best = null;
        for (T item : items) {
            if (best == null || item.compareTo(best) > 0) best = item;
        }
        return Optional.ofNullable(best);
    }

    public static void main(String[] args) {
        LruCache<String, Integer> cache = new LruCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a"); // touch "a", so "b" becomes the oldest
        cache.put("c", 3); // evicts "b"
        System.out.println("a=" + cache.get("a") + " b=" + cache.get("b") + " size=" + cache.size());
        System.out.println(largest(List.of(3, 9, 4)) + " " + largest(List.of("pear", "apple")) + " " + largest(List.<Integer>of()));
    }
}
