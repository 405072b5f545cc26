import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

public class Main {
    record Point(int x, int y) {} // records get value-based equals/hashCode for free

    // Keep the first item for each distinct key, preserving input order. O(n).
    static <T, K> List<T> uniqueBy(Iterable<T> items, Function<? super T, ? extends K> key) {
        Set<K> seen = new HashSet<>();
        List<T> result = new ArrayList<>();
        for (T item : items) {
            if (seen.add(key.apply(item))) result.add(item);
        }
        return result;
    }

    public static void main(String[] args) {
        List<String> emails = List.of("Ana@x.io", "bo@x.io", "ana@X.io", "cy@x.io", "BO@x.io");
        System.out.println(uniqueBy(emails, e -> e.toLowerCase(Locale.ROOT)));

        // LinkedHashSet: a set that remembers insertion order
        System.out.println(new ArrayList<>(new LinkedHashSet<>(List.of(3, 1, 3, 2, 1))));

        // Streams: distinct() uses equals/hashCode and keeps encounter order
        List<Point> points = List.of(new Point(1, 2), new Point(3, 4), new Point(1, 2));
        System.out.println(points.stream().distinct().collect(Collectors.toList()));

        // Arrays use identity equals, so int[] {1, 2} twice are NOT duplicates
        List<int[]> raw = List.of(new int[] {1, 2}, new int[] {1, 2});
        System.out.println(raw.stream().distinct().count() + " vs "
                + uniqueBy(raw, a -> List.of(a[0], a[1])).size());
    }
}
