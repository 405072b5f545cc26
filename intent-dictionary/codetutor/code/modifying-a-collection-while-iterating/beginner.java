import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<Integer> scores = new ArrayList<>(List.of(45, 80, 30, 30, 95));

        // removeIf walks and removes safely in one call.
        scores.removeIf(s -> s < 50);
        System.out.println(scores); // [80, 95]

        // Calling scores.remove(...) inside a for-each loop instead would
        // throw ConcurrentModificationException.
    }
}
