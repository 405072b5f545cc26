import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    // A record gets value-based equals() and hashCode(), so it works as a key.
    record Point(int x, int y) {}

    public static void main(String[] args) {
        String text = "to be or not to be that is the question";

        // merge() inserts 1 or adds 1 in a single lookup.
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.split(" ")) counts.merge(word, 1, Integer::sum);
        // HashMap has no defined order; copy into a TreeMap for sorted output.
        System.out.println(new TreeMap<>(counts));

        // computeIfAbsent creates the bucket list the first time a key is seen.
        Map<Integer, List<String>> byLength = new TreeMap<>();
        for (String word : text.split(" ")) {
            byLength.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(word);
        }
        System.out.println(byLength);

        Map<Point, String> owners = new HashMap<>();
        owners.put(new Point(2, 3), "bob");
        System.out.println("owner: " + owners.get(new Point(2, 3))); // equal value, same bucket
        System.out.println("missing: " + owners.getOrDefault(new Point(9, 9), "nobody"));
    }
}
