import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

public class Main {
    enum Permission { READ, WRITE, COMMENT, ADMIN, PUBLISH }

    // Set operations mutate the receiver, so always work on a copy.
    static <T extends Comparable<T>> Set<T> intersect(Set<T> a, Set<T> b) {
        Set<T> result = new TreeSet<>(a); // TreeSet: sorted, O(log n) per operation
        result.retainAll(b);
        return result;
    }

    public static void main(String[] args) {
        // EnumSet is a compact bit-vector set for enum values.
        Set<Permission> alice = EnumSet.of(Permission.READ, Permission.WRITE, Permission.COMMENT);
        Set<Permission> bob = EnumSet.of(Permission.READ, Permission.COMMENT, Permission.ADMIN);

        System.out.println("both: " + intersect(alice, bob));

        Set<Permission> either = EnumSet.copyOf(alice);
        either.addAll(bob);
        System.out.println("either: " + either);

        Set<Permission> onlyAlice = EnumSet.copyOf(alice);
        onlyAlice.removeAll(bob);
        System.out.println("only alice: " + onlyAlice);

        Set<Permission> editor = EnumSet.of(Permission.READ, Permission.WRITE, Permission.PUBLISH);
        Set<Permission> missing = EnumSet.copyOf(editor);
        missing.removeAll(alice);
        System.out.println("alice is editor? " + alice.containsAll(editor) + ", missing " + missing);

        // Set.of is immutable and rejects duplicate elements outright.
        try {
            Set.of("x", "x");
        } catch (IllegalArgumentException e) {
            System.out.println("Set.of refused a duplicate");
        }
    }
}
