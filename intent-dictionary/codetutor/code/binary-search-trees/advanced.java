import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

public class Main {
    /** A generic BST map ordered by a Comparator. */
    static final class Bst<K, V> {
        private final class Node {
            final K key;
            V value;
            Node left, right;
            Node(K key, V value) { this.key = key; this.value = value; }
        }

        private final Comparator<? super K> cmp;
        private Node root;

        Bst(Comparator<? super K> cmp) { this.cmp = cmp; }

        void put(K key, V value) { root = put(root, key, value); }

        private Node put(Node n, K key, V value) {
            if (n == null) return new Node(key, value);
            int c = cmp.compare(key, n.key);
            if (c < 0) n.left = put(n.left, key, value);
            else if (c > 0) n.right = put(n.right, key, value);
            else n.value = value;
            return n;
        }

        /** Keys in [lo, hi], visiting only subtrees that can contain them. */
        List<K> range(K lo, K hi) {
            List<K> out = new ArrayList<>();
            collect(root, lo, hi, out);
            return out;
        }

        private void collect(Node n, K lo, K hi, List<K> out) {
            if (n == null) return;
            if (cmp.compare(lo, n.key) < 0) collect(n.left, lo, hi, out);
            if (cmp.compare(lo, n.key) <= 0 && cmp.compare(n.key, hi) <= 0) out.add(n.key);
            if (cmp.compare(n.key, hi) < 0) collect(n.right, lo, hi, out);
        }
    }

    public static void main(String[] args) {
        Bst<String, Integer> stock = new Bst<>(String.CASE_INSENSITIVE_ORDER);
        for (String item : new String[] {"mango", "Apple", "kiwi", "banana", "cherry"}) {
            stock.put(item, item.length());
        }
        System.out.println("b..l: " + stock.range("b", "l"));

        // In production use TreeMap: a red-black tree, so O(log n) is guaranteed.
        TreeMap<Integer, String> ticks = new TreeMap<>();
        ticks.put(900, "open"); ticks.put(1000, "news"); ticks.put(1100, "close");
        System.out.println("floor(1015): " + ticks.floorEntry(1015));
        System.out.println("ceiling(1015): " + ticks.ceilingKey(1015));
    }
}
