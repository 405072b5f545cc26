import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class Main {
    public static void main(String[] args) {
        // A Set keeps each value at most once.
        List<String> visitors = List.of("ana", "ben", "ana", "cleo", "ben");
        Set<String> unique = new HashSet<>(visitors); // duplicates disappear

        System.out.println("count: " + unique.size());
        System.out.println("did cleo visit? " + unique.contains("cleo"));

        boolean added = unique.add("ana"); // false: already present
        System.out.println("added ana again? " + added);
    }
}
