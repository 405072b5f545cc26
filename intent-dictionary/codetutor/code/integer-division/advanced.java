import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

public class Main {
    // Ceiling division with ints only; Math.ceilDiv arrived in Java 18.
    static int pagesNeeded(int items, int perPage) {
        if (perPage <= 0) throw new IllegalArgumentException("perPage must be positive");
        return Math.floorDiv(items + perPage - 1, perPage);
    }

    // Share cents fairly: quotient plus the remainder spread one by one.
    static int[] splitBill(int totalCents, int people) {
        int[] shares = new int[people];
        Arrays.fill(shares, totalCents / people);
        for (int i = 0; i < totalCents % people; i++) shares[i]++;
        return shares;
    }

    public static void main(String[] args) {
        // "/" truncates toward zero; floorDiv rounds toward minus infinity.
        System.out.println((-7 / 2) + " " + Math.floorDiv(-7, 2));   // -3 -4
        System.out.println((-7 % 3) + " " + Math.floorMod(-7, 3));   // -1 2

        System.out.println(pagesNeeded(0, 10) + " " + pagesNeeded(11, 10)); // 0 2
        System.out.println(Arrays.toString(splitBill(1000, 3)));     // [334, 333, 333]

        // Percentages: multiply first, or divide as doubles.
        int done = 2, total = 5;
        System.out.println(done / total * 100);       // 0  (2/5 is already 0)
        System.out.println(done * 100 / total);       // 40
        System.out.println(Math.round(100.0 * done / total)); // 40

        // Integer division by zero throws; double division gives Infinity.
        try {
            System.out.println(done / (total - 5));
        } catch (ArithmeticException e) {
            System.out.println("caught: " + e.getMessage());   // / by zero
        }
        System.out.println(1.0 / 0);                   // Infinity

        // Money: BigDecimal with an explicit rounding mode.
        System.out.println(new BigDecimal("10.00").divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN)); // 3.33
    }
}
