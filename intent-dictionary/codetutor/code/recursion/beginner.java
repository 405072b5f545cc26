public class Main {
    // factorial(n) = n * (n-1) * ... * 1, and factorial(0) = 1
    static long factorial(int n) {
        if (n <= 1) return 1;             // base case: answer directly
        return n * factorial(n - 1);      // recursive case: a smaller problem
    }

    // Reverses a string: last character + reverse of the rest.
    static String reverse(String s) {
        if (s.isEmpty()) return s;        // base case: empty string
        return s.charAt(s.length() - 1) + reverse(s.substring(0, s.length() - 1));
    }

    public static void main(String[] args) {
        System.out.println(factorial(5));     // 120
        System.out.println(reverse("stack")); // kcats
    }
}
