import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) {
        // Removing inside an enhanced for throws ConcurrentModificationException;
        // the iterator's own remove() is the safe way.
        List<Integer> numbers = new ArrayList<>(List.of(4, 7, 10, 3, 8));
        for (Iterator<Integer> it = numbers.iterator(); it.hasNext(); ) {
            if (it.next() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("odd numbers: " + numbers);

        // Iterate entries so each key is not looked up a second time.
        Map<String, Integer> stock = new TreeMap<>(Map.of("pens", 12, "pads", 0, "ink", 5));
        for (Map.Entry<String, Integer> e : stock.entrySet()) {
            String shown = e.getValue() == 0 ? "sold out" : String.valueOf(e.getValue());
            System.out.printf("%-5s %s%n", e.getKey(), shown);
        }

        // A labelled break leaves both loops as soon as a pair is found.
        int[] prices = {12, 35, 7, 21, 50};
        int budget = 28;
        search:
        for (int i = 0; i < prices.length; i++) {
            for (int j = i + 1; j < prices.length; j++) {
                if (prices[i] + prices[j] == budget) {
                    System.out.printf("items %d and %d cost exactly %d%n", i, j, budget);
                    break search;
                }
            }
        }

        // Strings are iterated through their chars.
        int vowels = 0;
        for (char c : "iteration".toCharArray()) {
            if ("aeiou".indexOf(c) >= 0) vowels++;
        }
        System.out.println("vowels: " + vowels);
    }
}
