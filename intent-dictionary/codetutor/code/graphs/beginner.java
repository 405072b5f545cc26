import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        // An adjacency list: each city maps to the cities it has a direct road to.
        Map<String, List<String>> roads = new LinkedHashMap<>();
        roads.put("Avon", List.of("Bree", "Cole"));
        roads.put("Bree", List.of("Avon", "Dale"));
        roads.put("Cole", List.of("Avon", "Dale"));
        roads.put("Dale", List.of("Bree", "Cole", "Eton"));
        roads.put("Eton", List.of("Dale"));

        int ends = 0;
        for (Map.Entry<String, List<String>> e : roads.entrySet()) {
            System.out.println(e.getKey() + " connects to " + String.join(", ", e.getValue()));
            ends += e.getValue().size();
        }
        System.out.println("roads: " + ends / 2); // each road is listed from both ends
        System.out.println("Avon -> Dale direct? " + roads.get("Avon").contains("Dale"));
    }
}
