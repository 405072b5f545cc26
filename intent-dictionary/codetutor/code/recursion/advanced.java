import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

public class Main {
    record Node(String name, int size, List<Node> children) {
        static Node file(String name, int size) { return new Node(name, size, List.of()); }
        static Node dir(String name, Node... kids) { return new Node(name, 0, List.of(kids)); }
    }

    // Recursive: the code mirrors the tree's shape.
    static int totalSize(Node n) {
        int total = n.size();
        for (Node child : n.children()) total += totalSize(child);
        return total;
    }

    // Backtracking: choose, recurse, un-choose.
    static void permutations(List<String> prefix, List<String> rest, List<List<String>> out) {
        if (rest.isEmpty()) out.add(List.copyOf(prefix)); // base case: nothing left
        for (int i = 0; i < rest.size(); i++) {
            List<String> remaining = new ArrayList<>(rest);
            prefix.add(remaining.remove(i));
            permutations(prefix, remaining, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    // Explicit stack instead of the call stack: no StackOverflowError when deep.
    static int totalSizeIterative(Node root) {
        int total = 0;
        Deque<Node> stack = new ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            total += n.size();
            n.children().forEach(stack::push);
        }
        return total;
    }

    public static void main(String[] args) {
        Node root = Node.dir("project", Node.file("README.md", 1200),
            Node.dir("src", Node.file("Main.java", 4000), Node.dir("util", Node.file("Io.java", 900))));
        System.out.println(totalSize(root) + " " + totalSizeIterative(root)); // 6100 6100

        List<List<String>> perms = new ArrayList<>();
        permutations(new ArrayList<>(), List.of("a", "b", "c"), perms);
        System.out.println(perms.size() + " " + perms); // 6 [[a, b, c], [a, c, b], ...]
    }
}
