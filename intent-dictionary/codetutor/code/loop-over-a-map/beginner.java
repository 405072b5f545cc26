import java.util.LinkedHashMap;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        // LinkedHashMap keeps insertion order; a plain HashMap would not
        Map<String, Integer> stock = new LinkedHashMap<>();
        stock.put("apple", 12);
        stock.put("banana", 0);
        stock.put("cherry", 30);

        // entrySet() gives each key together with its value
        for (Map.Entry<String, Integer> entry : stock.entrySet()) {
            System.out.println(entry.getKey() + ": " + entry.getValue() + " units");
        }

        int total = 0;
        for (int units : stock.values()) { // only the values
            total += units;
        }
        System.out.println("total units: " + total);
    }
}
