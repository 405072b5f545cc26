import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

public class Main {
    private static final Map<Character, Character> OPENER_OF = Map.of(')', '(', ']', '[', '}', '{');

    /** Returns "balanced" or a description of the first bracket error. O(n). */
    static String checkBrackets(String text) {
        Deque<Integer> stack = new ArrayDeque<>(); // positions of open brackets
        for (int pos = 0; pos < text.length(); pos++) {
            char ch = text.charAt(pos);
            if (ch == '(' || ch == '[' || ch == '{') {
                stack.push(pos);
            } else if (OPENER_OF.containsKey(ch)) {
                Integer open = stack.poll(); // poll() returns null instead of throwing
                if (open == null) return "unexpected '" + ch + "' at " + pos;
                char opener = text.charAt(open);
                if (opener != OPENER_OF.get(ch)) {
                    return "'" + ch + "' at " + pos + " does not close '" + opener + "' at " + open;
                }
            }
        }
        return stack.isEmpty() ? "balanced"
                : "'" + text.charAt(stack.peek()) + "' at " + stack.peek() + " is never closed";
    }

    public static void main(String[] args) {
        for (String sample : new String[] {"f(a[i], {k: v})", "(]", "print(x))", "{[()"}) {
            System.out.printf("%-18s -> %s%n", sample, checkBrackets(sample));
        }
    }
}
