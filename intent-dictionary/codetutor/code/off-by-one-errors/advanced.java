import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Main {
    // Split into pieces of `size`; subList's end index is exclusive.
    static <T> List<List<T>> chunks(List<T> items, int size) {
        if (size <= 0) throw new IllegalArgumentException("size must be positive");
        List<List<T>> out = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            out.add(items.subList(start, Math.min(start + size, items.size())));
        }
        return out;
    }

    // First index whose value is >= target, or length if there is none.
    static int lowerBound(int[] sorted, int target) {
        int lo = 0, hi = sorted.length;      // candidates are [lo, hi)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;       // no int overflow for huge arrays
            if (sorted[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // n values have n - 1 gaps between neighbours (the fence-post rule).
    static int[] gaps(int[] values) {
        int[] out = new int[Math.max(0, values.length - 1)];
        for (int i = 0; i < out.length; i++) out[i] = values[i + 1] - values[i];
        return out;
    }

    public static void main(String[] args) {
        int[] data = {3, 8, 8, 15, 21, 30, 42};
        List<Integer> boxed = Arrays.stream(data).boxed().toList();
        System.out.println(chunks(boxed, 3));        // [[3, 8, 8], [15, 21, 30], [42]]
        System.out.println(lowerBound(data, 8));     // 1
        System.out.println(lowerBound(data, 100));   // 7
        System.out.println(Arrays.toString(gaps(data)));            // [5, 0, 7, 6, 9, 12]
        System.out.println(Arrays.toString(gaps(new int[] {5})));   // []
    }
}
