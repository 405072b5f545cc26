public class Main {
    // O(n): one step per item.
    static long linear(int n) {
        long steps = 0;
        for (int i = 0; i < n; i++) steps++;
        return steps;
    }

    // O(n^2): a loop inside a loop, so n * n steps.
    static long quadratic(int n) {
        long steps = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) steps++;
        return steps;
    }

    // O(log n): halve the problem until one item is left.
    static long logarithmic(int n) {
        long steps = 0;
        for (int size = n; size > 1; size /= 2) steps++;
        return steps;
    }

    public static void main(String[] args) {
        for (int n : new int[] {10, 100, 1000}) {
            System.out.printf("n=%4d  log=%2d  linear=%4d  quadratic=%7d%n",
                n, logarithmic(n), linear(n), quadratic(n));
        }
    }
}
