import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Main {
    record Task(String name, int priority) {}

    /** Stable in-place insertion sort on [lo, hi); O(n + inversions). */
    static <T> void insertionSort(List<T> list, int lo, int hi, Comparator<? super T> cmp) {
        for (int i = lo + 1; i < hi; i++) {
            T key = list.get(i);
            int j = i - 1;
            while (j >= lo && cmp.compare(list.get(j), key) > 0) { // strict: stable
                list.set(j + 1, list.get(j));
                j--;
            }
            list.set(j + 1, key);
        }
    }

    static <T> void insertionSort(List<T> list, Comparator<? super T> cmp) {
        insertionSort(list, 0, list.size(), cmp);
    }

    public static void main(String[] args) {
        List<Task> tasks = new ArrayList<>(List.of(
            new Task("write", 2), new Task("test", 1),
            new Task("deploy", 3), new Task("review", 2)));
        insertionSort(tasks, Comparator.comparingInt(Task::priority));
        tasks.forEach(t -> System.out.print(t.name() + " ")); // test write review deploy
        System.out.println();

        // Hybrid sorts call it on small ranges only: here indexes 2..5.
        List<Integer> data = new ArrayList<>(List.of(9, 8, 7, 3, 1, 2, 6, 5));
        insertionSort(data, 2, 6, Comparator.<Integer>naturalOrder());
        System.out.println(data); // [9, 8, 1, 2, 3, 7, 6, 5]

        // Descending order is just a different comparator.
        insertionSort(data, Comparator.<Integer>reverseOrder());
        System.out.println(data); // [9, 8, 7, 6, 5, 3, 2, 1]
    }
}
