import java.util.HashMap;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        // A HashMap stores key -> value pairs; lookup by key is fast.
        Map<String, Integer> ages = new HashMap<>();
        ages.put("alice", 31);
        ages.put("bob", 27);
        ages.put("bob", 28); // put on an existing key replaces the value

        System.out.println("alice is " + ages.get("alice"));
        System.out.println("has dave? " + ages.containsKey("dave"));
        System.out.println("dave: " + ages.getOrDefault("dave", -1));
    }
}
