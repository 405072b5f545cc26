public class Main {
    static long factorial(int n) {
        if (n <= 1) return 1;             // base case: stop recursing
        return n * factorial(n - 1);      // recursive case: a SMALLER problem
    }

    static void countdown(int n) {
        if (n < 0) return;                // "< 0": safe even for odd steps
        System.out.println(n);
        countdown(n - 2);
    }

    public static void main(String[] args) {
        System.out.println(factorial(5)); // 120
        countdown(5);                     // 5 3 1
    }
}
