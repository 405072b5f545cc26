import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class Main {
    /** First index i with cmp(list[i], key) >= 0; list.size() if none. O(log n). */
    static <T> int lowerBound(List<? extends T> list, T key, Comparator<? super T> cmp) {
        int lo = 0, hi = list.size(); // half-open [lo, hi)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1; // unsigned shift: safe even near Integer.MAX_VALUE
            if (cmp.compare(list.get(mid), key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Inserts value keeping the list sorted; duplicates go before equal keys. */
    static <T> void insertSorted(List<T> list, T value, Comparator<? super T> cmp) {
        list.add(lowerBound(list, value, cmp), value);
    }

    public static void main(String[] args) {
        List<String> words = new ArrayList<>(List.of("kiwi", "fig", "banana"));
        words.sort(Comparator.naturalOrder());
        insertSorted(words, "cherry", Comparator.naturalOrder());
        System.out.println(words); // [banana, cherry, fig, kiwi]

        // Case-insensitive search needs a list sorted by the same comparator.
        List<String> tags = List.of("Alpha", "beta", "Gamma");
        System.out.println(lowerBound(tags, "BETA", String.CASE_INSENSITIVE_ORDER)); // 1

        // The JDK version encodes "missing" as -(insertionPoint) - 1.
        int[] ids = {10, 20, 30};
        int r = Arrays.binarySearch(ids, 25);
        System.out.println(r + " -> insert at " + (-r - 1)); // -3 -> insert at 2
    }
}
