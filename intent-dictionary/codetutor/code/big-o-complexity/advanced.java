import java.util.HashMap;
import java.util.Map;

public class Main {
    static long calls;

    // Naive recursion: two calls per call, O(2^n) time (about 1.6^n).
    static long fibNaive(int n) {
        calls++;
        return n < 2 ? n : fibNaive(n - 1) + fibNaive(n - 2);
    }

    // Memoized: each n is computed once, O(n) time and O(n) space.
    static long fibMemo(int n, Map<Integer, Long> memo) {
        calls++;
        if (n < 2) return n;
        Long cached = memo.get(n);
        if (cached != null) return cached;
        long value = fibMemo(n - 1, memo) + fibMemo(n - 2, memo);
        memo.put(n, value);
        return value;
    }

    // Iterative: O(n) time and O(1) space.
    static long fibLoop(int n) {
        long a = 0, b = 1;
        for (int i = 0; i < n; i++) { long t = a + b; a = b; b = t; }
        return a;
    }

    public static void main(String[] args) {
        System.out.println("  n   naive calls   memo calls   value");
        for (int n : new int[] {10, 20, 30}) {
            calls = 0;
            long v = fibNaive(n);
            long naive = calls;
            calls = 0;
            fibMemo(n, new HashMap<>());
            System.out.printf("%3d %13d %12d %7d%n", n, naive, calls, v);
            if (v != fibLoop(n)) throw new AssertionError("versions disagree");
        }
        // Adding 10 to n multiplies the naive work by ~123; memo adds ~20 calls.
    }
}
