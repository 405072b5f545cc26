import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

public class Main {
    private static final Random RNG = new Random(42); // seeded: reproducible

    /** In-place quicksort: random pivot, three-way partition, O(log n) stack. */
    static <T> void quicksort(List<T> a, Comparator<? super T> cmp) {
        sort(a, 0, a.size(), cmp);               // sorts [0, size)
    }

    private static <T> void sort(List<T> a, int lo, int hi, Comparator<? super T> cmp) {
        while (hi - lo > 1) {
            T pivot = a.get(lo + RNG.nextInt(hi - lo));
            int lt = lo, i = lo, gt = hi;        // [lo,lt) < p, [lt,i) == p, [gt,hi) > p
            while (i < gt) {
                int c = cmp.compare(a.get(i), pivot);
                if (c < 0) Collections.swap(a, lt++, i++);
                else if (c > 0) Collections.swap(a, i, --gt);
                else i++;
            }
            if (lt - lo < hi - gt) { sort(a, lo, lt, cmp); lo = gt; } // recurse small,
            else { sort(a, gt, hi, cmp); hi = lt; }                     // loop on large
        }
    }

    public static void main(String[] args) {
        List<String> words = new ArrayList<>(List.of("kiwi", "Fig", "apple", "date", "fig"));
        quicksort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(words); // [apple, date, Fig, fig, kiwi]; Fig/fig order not guaranteed

        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) big.add(i % 3);   // heavy duplicates
        quicksort(big, Comparator.naturalOrder());
        System.out.println(big.get(0) + " " + big.get(big.size() - 1)); // 0 2
    }
}
