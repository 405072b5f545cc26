import java.math.BigDecimal;
import java.util.List;

public class Main {
    static int parseQuantity(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new IllegalArgumentException("negative quantity: " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: \"" + text + "\"", e);
        }
    }

    public static void main(String[] args) {
        for (String raw : List.of("3", " 12 ", "2.5", "-1")) {
            try {
                System.out.println(raw.strip() + " -> " + parseQuantity(raw));
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }

        // int silently wraps on overflow; Math.addExact throws instead.
        int big = Integer.MAX_VALUE;
        System.out.println("wrapped: " + (big + 1));
        try {
            Math.addExact(big, 1);
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }

        // double is binary floating point; BigDecimal is exact for decimal money.
        System.out.println(0.1 + 0.2);
        System.out.println(new BigDecimal("0.10").add(new BigDecimal("0.20")));

        // Boxed Integers are objects: compare their values with equals, not ==.
        Integer a = 1000, b = 1000;
        System.out.println("== " + (a == b) + ", equals " + a.equals(b));
    }
}
