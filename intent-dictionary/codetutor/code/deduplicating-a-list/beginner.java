import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class Main {
    public static void main(String[] args) {
        List<String> tags = List.of("red", "blue", "red", "green", "blue", "red");

        Set<String> seen = new HashSet<>(); // fast "met this before?" checks
        List<String> unique = new ArrayList<>(); // the result, in first-seen order
        for (String tag : tags) {
            if (seen.add(tag)) { // add() returns false if it was already there
                unique.add(tag);
            }
        }
        System.out.println(unique); // [red, blue, green]
    }
}
