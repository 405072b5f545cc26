import java.util.Map;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) {
        String sentence = "the cat saw the dog and the dog ran";

        // TreeMap prints the words in alphabetical order
        Map<String, Integer> counts = new TreeMap<>();
        for (String word : sentence.split(" ")) {
            // merge() stores 1 for a new word, or adds 1 to the old count
            counts.merge(word, 1, Integer::sum);
        }

        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            System.out.println(e.getKey() + " " + e.getValue());
        }
    }
}
