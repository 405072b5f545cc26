public class Main {
    public static void main(String[] args) {
        // 0.1 and 0.2 cannot be stored exactly in binary.
        double total = 0.1 + 0.2;
        System.out.println(total);          // 0.30000000000000004
        System.out.println(total == 0.3);   // false

        // Compare with a tolerance instead of ==.
        double tolerance = 1e-9;
        System.out.println(Math.abs(total - 0.3) < tolerance); // true

        // Round only when you display the value.
        System.out.printf("%.2f%n", total); // 0.30
    }
}
