import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    // Word break: can text be split into words from the dictionary?
    // Subproblem = start index, so at most n distinct calls, each O(n * w).
    static boolean canSegment(String text, List<String> words) {
        return canSegmentFrom(text, 0, words, new HashMap<>());
    }

    private static boolean canSegmentFrom(String text, int start, List<String> words,
                                          Map<Integer, Boolean> memo) {
        if (start == text.length()) return true;
        Boolean known = memo.get(start);
        if (known != null) return known;
        boolean ok = false;
        for (String w : words) {
            if (text.startsWith(w, start) && canSegmentFrom(text, start + w.length(), words, memo)) {
                ok = true;
                break;
            }
        }
        // Explicit put, not computeIfAbsent: recursive updates inside
        // computeIfAbsent throw ConcurrentModificationException on HashMap.
        memo.put(start, ok);
        return ok;
    }

    public static void main(String[] args) {
        List<String> dict = List.of("apple", "pen", "pine", "pineapple");
        System.out.println(canSegment("pineapplepenapple", dict)); // true
        System.out.println(canSegment("applepine", dict));         // true
        System.out.println(canSegment("pineapplepie", dict));      // false

        // Worst case for plain recursion: "aaaa...ab" retries the same
        // suffixes exponentially often; with the memo it is instant.
        String hard = "a".repeat(40) + "b";
        System.out.println(canSegment(hard, List.of("a", "aa", "aaa", "aaaa"))); // false
    }
}
