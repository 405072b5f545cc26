import java.util.HashMap;
import java.util.Map;

public class Main {
    static final Map<Integer, Long> cache = new HashMap<>(); // n -> fib(n)

    static long fib(int n) {
        Long known = cache.get(n);
        if (known != null) return known;      // already solved: reuse it
        long result = n < 2 ? n : fib(n - 1) + fib(n - 2);
        cache.put(n, result);                 // remember it for next time
        return result;
    }

    public static void main(String[] args) {
        System.out.println(fib(10)); // 55
        System.out.println(fib(80)); // 23416728348467685, instantly
    }
}
