import java.util.HashMap;
import java.util.Map;

public class Main {
    static final Map<Integer, Long> memo = new HashMap<>(); // n -> fib(n)

    static long fib(int n) {
        if (n < 2) return n; // base cases: fib(0) = 0, fib(1) = 1
        Long known = memo.get(n);
        if (known != null) return known; // already solved: reuse it
        long result = fib(n - 1) + fib(n - 2);
        memo.put(n, result); // solve once, remember it
        return result;
    }

    public static void main(String[] args) {
        System.out.println(fib(10));
        System.out.println(fib(50)); // long: the answer does not fit in an int
    }
}
