import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Main {
    record Person(String name, int age) {}

    /** Stable merge sort returning a new list; one scratch buffer, O(n log n). */
    static <T> List<T> mergeSort(List<T> input, Comparator<? super T> cmp) {
        List<T> a = new ArrayList<>(input);
        List<T> buf = new ArrayList<>(input);
        sort(a, buf, 0, a.size(), cmp);
        return a;
    }

    private static <T> void sort(List<T> a, List<T> buf, int lo, int hi, Comparator<? super T> cmp) {
        if (hi - lo <= 1) return;
        int mid = (lo + hi) >>> 1;
        sort(a, buf, lo, mid, cmp);
        sort(a, buf, mid, hi, cmp);
        if (cmp.compare(a.get(mid - 1), a.get(mid)) <= 0) return; // already in order
        for (int k = lo; k < hi; k++) buf.set(k, a.get(k));
        int i = lo, j = mid;
        for (int k = lo; k < hi; k++) {
            boolean takeLeft = i < mid && (j >= hi || cmp.compare(buf.get(i), buf.get(j)) <= 0);
            a.set(k, takeLeft ? buf.get(i++) : buf.get(j++));
        }
    }

    public static void main(String[] args) {
        List<Person> people = List.of(new Person("mia", 31), new Person("ali", 25),
                                      new Person("zoe", 31), new Person("bob", 25));
        List<Person> byAge = mergeSort(people, Comparator.comparingInt(Person::age));
        byAge.forEach(p -> System.out.print(p.name() + " ")); // ali bob mia zoe
        System.out.println();

        // Chain comparators: age descending, then name.
        Comparator<Person> cmp = Comparator.comparingInt(Person::age).reversed()
                                           .thenComparing(Person::name);
        System.out.println(mergeSort(people, cmp).get(0).name()); // mia
    }
}
