import java.math.BigDecimal;

public class Main {
    // Relative tolerance scales with the values; absolute handles zero.
    static boolean isClose(double a, double b, double relTol, double absTol) {
        if (Double.isNaN(a) || Double.isNaN(b)) return false;
        if (a == b) return true; // exact hits and equal infinities
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return Math.abs(a - b) <= Math.max(relTol * scale, absTol);
    }

    public static void main(String[] args) {
        System.out.println(isClose(0.1 + 0.2, 0.3, 1e-9, 0));    // true
        System.out.println(isClose(1e-12, 0, 1e-9, 0));          // false
        System.out.println(isClose(1e-12, 0, 1e-9, 1e-9));       // true

        // Math.ulp: the gap between a double and the next one grows with size.
        System.out.println(Math.ulp(1.0) + " " + Math.ulp(1e16)); // 2.220446049250313E-16 2.0

        // NaN is unequal to itself with ==, but Double.equals says true.
        double nan = 0.0 / 0.0;
        System.out.println((nan == nan) + " " + Double.valueOf(nan).equals(nan)); // false true
        // And -0.0 == 0.0 is true while Double.compare says they differ.
        System.out.println((-0.0 == 0.0) + " " + Double.compare(-0.0, 0.0));       // true -1

        // Money: BigDecimal from STRINGS; new BigDecimal(0.1) keeps the binary error.
        BigDecimal sum = new BigDecimal("0.10").add(new BigDecimal("0.20"));
        System.out.println(sum.compareTo(new BigDecimal("0.3")) == 0);   // true
        System.out.println(sum.equals(new BigDecimal("0.3")));           // false: scale differs
        System.out.println(new BigDecimal(0.1));  // 0.1000000000000000055511151231257827...
    }
}
