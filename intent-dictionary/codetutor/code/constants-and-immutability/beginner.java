public class Main {
    // static final fields are Java's constants; the convention is UPPER_SNAKE_CASE.
    static final int DAYS_PER_WEEK = 7;
    static final double TAX_RATE = 0.2;

    public static void main(String[] args) {
        final int weeks = 3; // a final local cannot be reassigned
        System.out.println("Days: " + weeks * DAYS_PER_WEEK);
        System.out.printf("Price with tax: %.2f%n", 50 * (1 + TAX_RATE));
        // weeks = 4; // compile error: cannot assign a value to final variable weeks

        // Strings are immutable: toUpperCase returns a new string.
        String name = "ada";
        String upper = name.toUpperCase();
        System.out.println(upper + " " + name);
    }
}
