import java.util.Arrays;

public class Main {
    // Sorts a[lo..hi] in place.
    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) return;               // zero or one element
        int p = partition(a, lo, hi);
        quicksort(a, lo, p - 1);            // left of the pivot
        quicksort(a, p + 1, hi);            // right of the pivot
    }

    // Moves smaller values before the pivot; returns the pivot's final index.
    static int partition(int[] a, int lo, int hi) {
        int pivot = a[hi];                  // simplest choice: the last element
        int i = lo;                         // next slot for a smaller value
        for (int j = lo; j < hi; j++) {
            if (a[j] < pivot) swap(a, i++, j);
        }
        swap(a, i, hi);                     // pivot lands between the parts
        return i;
    }

    static void swap(int[] a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }

    public static void main(String[] args) {
        int[] data = {3, 8, 5, 1, 9, 2, 7};
        quicksort(data, 0, data.length - 1);
        System.out.println(Arrays.toString(data)); // [1, 2, 3, 5, 7, 8, 9]
    }
}
