import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

public class Main {
    record Node(int value, Node left, Node right) {}

    // Base case: the empty subtree contributes 0.
    static int sum(Node node) {
        if (node == null) return 0;
        return node.value() + sum(node.left()) + sum(node.right());
    }

    // The same walk with an explicit stack never overflows the call stack.
    static int sumIterative(Node root) {
        int total = 0;
        Deque<Node> stack = new ArrayDeque<>();
        if (root != null) stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            total += n.value();
            if (n.left() != null) stack.push(n.left());
            if (n.right() != null) stack.push(n.right());
        }
        return total;
    }

    // Memoised recursion: base cases first, then cached results.
    static final Map<Integer, Long> MEMO = new HashMap<>();

    static long fib(int n) {
        if (n < 0) throw new IllegalArgumentException("n must be >= 0");
        if (n < 2) return n;                     // two base cases: 0 and 1
        if (MEMO.containsKey(n)) return MEMO.get(n);
        long result = fib(n - 1) + fib(n - 2);
        MEMO.put(n, result);               // no computeIfAbsent: it must not recurse
        return result;
    }

    public static void main(String[] args) {
        Node tree = new Node(1, new Node(2, null, null), new Node(3, new Node(4, null, null), null));
        System.out.println(sum(tree) + " " + sumIterative(tree)); // 10 10
        System.out.println(fib(90));                              // 2880067194370816120
        // A degenerate, list-like tree 100 000 deep: fine iteratively.
        Node deep = null;
        for (int i = 0; i < 100_000; i++) deep = new Node(1, deep, null);
        System.out.println(sumIterative(deep));                   // 100000
    }
}
