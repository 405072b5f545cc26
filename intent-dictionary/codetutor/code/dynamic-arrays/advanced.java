import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        // Pre-size when the final count is known to skip intermediate resizes.
        List<Integer> readings = new ArrayList<>(1_000);
        for (int i = 0; i < 1_000; i++) readings.add(i % 7);
        System.out.println("size: " + readings.size());

        // removeIf compacts in one O(n) pass; remove() in a loop would be O(n^2).
        readings.removeIf(r -> r == 0);
        System.out.println("after removeIf: " + readings.size());

        // Pitfall: remove(int) removes by index, remove(Object) by value.
        List<Integer> ids = new ArrayList<>(List.of(10, 20, 30, 1));
        ids.remove(1);                   // index 1 -> removes 20
        ids.remove(Integer.valueOf(1));  // value 1 -> removes the 1
        System.out.println("ids: " + ids);

        // subList is a view onto the same storage, not a copy.
        List<Integer> window = readings.subList(0, 5);
        window.replaceAll(r -> r * 100);
        System.out.println("first five: " + readings.subList(0, 5));

        // A defensive, immutable copy for callers.
        List<Integer> snapshot = List.copyOf(window);
        try {
            snapshot.add(42);
        } catch (UnsupportedOperationException e) {
            System.out.println("snapshot is read-only");
        }
    }
}
