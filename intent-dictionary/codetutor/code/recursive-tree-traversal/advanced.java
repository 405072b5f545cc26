import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

public class Main {
    // Generic over any Comparable key type.
    static final class Node<K extends Comparable<K>> {
        final K key;
        Node<K> left, right;
        Node(K key) { this.key = key; }
    }

    static <K extends Comparable<K>> Node<K> insert(Node<K> node, K key) {
        if (node == null) return new Node<>(key);
        int c = key.compareTo(node.key);
        if (c < 0) node.left = insert(node.left, key);
        else if (c > 0) node.right = insert(node.right, key); // duplicates ignored
        return node;
    }

    // In-order with a callback: the caller decides what "visit" means.
    static <K extends Comparable<K>> void inOrder(Node<K> node, Consumer<K> visit) {
        if (node == null) return;
        inOrder(node.left, visit);
        visit.accept(node.key);
        inOrder(node.right, visit);
    }

    // Keys in [lo, hi], skipping subtrees that cannot contain any.
    static <K extends Comparable<K>> void inRange(Node<K> node, K lo, K hi, List<K> out) {
        if (node == null) return;
        if (lo.compareTo(node.key) < 0) inRange(node.left, lo, hi, out);
        if (lo.compareTo(node.key) <= 0 && node.key.compareTo(hi) <= 0) out.add(node.key);
        if (node.key.compareTo(hi) < 0) inRange(node.right, lo, hi, out);
    }

    static int height(Node<?> node) {
        return node == null ? 0 : 1 + Math.max(height(node.left), height(node.right));
    }

    public static void main(String[] args) {
        Node<String> root = null;
        for (String w : List.of("mango", "fig", "pear", "apple", "kiwi", "plum", "fig")) root = insert(root, w);
        List<String> sorted = new ArrayList<>();
        inOrder(root, sorted::add);
        System.out.println("sorted: " + sorted);
        List<String> range = new ArrayList<>();
        inRange(root, "g", "p", range);
        System.out.println("from g to p: " + range + ", height: " + height(root));
    }
}
