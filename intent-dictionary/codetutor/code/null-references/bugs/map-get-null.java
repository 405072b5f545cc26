import java.util.HashMap;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        Map<String, String> capitals = new HashMap<>();
        capitals.put("France", "Paris");
        capitals.put("Japan", "Tokyo");

        for (String country : new String[] {"France", "Peru"}) {
            String capital = capitals.get(country); // null for "Peru"
            System.out.println(capital.toUpperCase()); // BUG: no null check
        }
    }
}
