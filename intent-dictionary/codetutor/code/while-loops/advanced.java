import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

public class Main {
    // Euclid's algorithm: b shrinks on every pass, so the loop must end.
    static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return Math.abs(a);
    }

    public static void main(String[] args) {
        System.out.println("gcd(84, 36) = " + gcd(84, 36));

        // Depth-first walk that runs until the work stack is empty.
        Map<String, List<String>> deps = Map.of(
                "app", List.of("web", "db"), "web", List.of("http"), "db", List.of(), "http", List.of());
        Deque<String> stack = new ArrayDeque<>(List.of("app"));
        List<String> order = new ArrayList<>();
        while (!stack.isEmpty()) {
            String module = stack.pop();
            order.add(module);
            deps.get(module).forEach(stack::push);
        }
        System.out.println("visit order: " + order);

        // do-while runs the body once before testing, so 0 has one digit.
        int n = 0, digits = 0;
        do {
            digits++;
            n /= 10;
        } while (n != 0);
        System.out.println("digits in 0: " + digits);
    }
}
