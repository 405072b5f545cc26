import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

public class Main {
    record Stats(int min, int max, double mean) {}

    // Varargs: callers pass any number of ints; a record returns several values.
    static Stats stats(int... values) {
        if (values.length == 0) throw new IllegalArgumentException("stats() needs at least one value");
        int min = values[0], max = values[0];
        long sum = 0;
        for (int v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        return new Stats(min, max, (double) sum / values.length);
    }

    // Overloading: the same name with different parameter lists.
    static String label(int cents) { return label(cents, "EUR"); }

    static String label(int cents, String currency) {
        return String.format("%d.%02d %s", cents / 100, cents % 100, currency);
    }

    // A method that returns a function which remembers `percent`.
    static IntUnaryOperator discount(int percent) {
        return price -> price * (100 - percent) / 100;
    }

    // A generic higher-order method: applies any function to every item.
    static <T, R> List<R> mapAll(List<T> items, Function<? super T, ? extends R> f) {
        return items.stream().<R>map(f).toList();
    }

    public static void main(String[] args) {
        System.out.println(stats(4, 1, 9, 7));
        System.out.println(label(1250) + " | " + label(99, "USD"));
        IntUnaryOperator sale = discount(20);
        System.out.println(sale.applyAsInt(2599));
        System.out.println(mapAll(List.of("ada", "grace"), String::toUpperCase));
        try {
            stats();
        } catch (IllegalArgumentException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}
