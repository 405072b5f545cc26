import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        Map<String, List<String>> graph = Map.of(
            "A", List.of("B", "C"), "B", List.of("D", "E"), "C", List.of("E"),
            "D", List.of(), "E", List.of("F"), "F", List.of());

        Map<String, Integer> distance = new HashMap<>(); // also the "seen" set
        Deque<String> queue = new ArrayDeque<>();
        distance.put("A", 0);
        queue.offer("A");
        while (!queue.isEmpty()) {
            String node = queue.poll();                  // oldest first
            System.out.println(node + " is " + distance.get(node) + " steps from A");
            for (String next : graph.get(node)) {
                if (!distance.containsKey(next)) {       // not seen yet
                    distance.put(next, distance.get(node) + 1);
                    queue.offer(next);
                }
            }
        }
    }
}
