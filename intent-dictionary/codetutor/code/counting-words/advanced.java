import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class Main {
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?");

    // Case-insensitive word frequencies, ignoring punctuation. Matching words
    // (instead of split("\\W+")) avoids an empty "word" when text starts with punctuation.
    static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase());
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    // The k most frequent words; ties broken alphabetically so output is stable.
    static List<Map.Entry<String, Integer>> topWords(Map<String, Integer> counts, int k) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .collect(Collectors.toList());
    }

    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times;\n"
                + "it was the age of wisdom, it was the age of foolishness...";
        Map<String, Integer> counts = wordCounts(text);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("distinct words: " + counts.size() + " total words: " + total);
        for (Map.Entry<String, Integer> e : topWords(counts, 6)) {
            System.out.printf("%-6s %2d %s%n", e.getKey(), e.getValue(), "#".repeat(e.getValue()));
        }
        System.out.println("'python' appears " + counts.getOrDefault("python", 0));
        System.out.println(new TreeMap<>(wordCounts("Don't stop, DON'T!")) + " " + wordCounts("...!"));
    }
}
