import java.util.ArrayList;
import java.util.List;

public class Main {
    static int count = 100; // a static field

    private final String label;
    private final List<String> tags;

    // Constructor parameters commonly share the field names; "this."
    // resolves the shadowing, and final fields make a forgotten
    // assignment a compile error.
    Main(String label, List<String> tags) {
        this.label = label;
        this.tags = new ArrayList<>(tags);
    }

    static int countPositives(int[] values) {
        int count = 0; // a local that shadows the static field
        for (int v : values) {
            if (v > 0) count++;
        }
        return count; // the local; Main.count is the field
    }

    public static void main(String[] args) {
        Main m = new Main("demo", List.of("a", "b"));
        System.out.println(m.label + " " + m.tags); // demo [a, b]

        System.out.println(countPositives(new int[] {3, -1, 4})); // 2
        System.out.println(Main.count);                          // 100

        // Java forbids a local from shadowing another LOCAL in an
        // enclosing block, which rules out the most confusing cases:
        int total = 0;
        for (int i = 0; i < 3; i++) {
            // int total = i;  // compile error: already defined
            total += i;
        }
        System.out.println(total); // 3

        // Lambdas may not shadow locals either, and may only read
        // effectively final ones.
        String prefix = "#";
        m.tags.forEach(tag -> System.out.print(prefix + tag + " ")); // #a #b
        System.out.println();
    }
}
