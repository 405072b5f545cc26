import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    // Invert person -> team into team -> list of people; TreeMap keeps teams sorted.
    static Map<String, List<String>> groupByTeam(Map<String, String> assignments) {
        Map<String, List<String>> teams = new TreeMap<>();
        for (Map.Entry<String, String> e : assignments.entrySet()) {
            teams.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        teams.values().forEach(people -> people.sort(null));
        return teams;
    }

    // Removing inside a for-each throws ConcurrentModificationException;
    // an explicit Iterator's remove() (or removeIf) is the safe way.
    static void dropZeros(Map<String, Integer> scores) {
        Iterator<Map.Entry<String, Integer>> it = scores.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() == 0) it.remove();
        }
    }

    public static void main(String[] args) {
        Map<String, String> assignments = new HashMap<>(Map.of(
                "ana", "web", "bo", "data", "cy", "web", "di", "ops", "ed", "data"));
        groupByTeam(assignments).forEach((team, people) ->
                System.out.printf("%-5s %s%n", team, String.join(", ", people)));

        Map<String, Integer> scores = new TreeMap<>(Map.of("ana", 7, "bo", 0, "cy", 3, "di", 0));
        dropZeros(scores);
        System.out.println(scores);

        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) best = e;
        }
        System.out.println("top scorer: " + best.getKey() + " (" + best.getValue() + ")");
    }
}
