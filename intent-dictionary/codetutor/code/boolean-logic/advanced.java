import java.util.List;
import java.util.function.Predicate;

public class Main {
    record User(String name, String email, boolean banned, List<String> roles) {}

    static int calls = 0;

    static boolean audited(boolean result) {
        calls++; // a side effect, to show when the right operand runs
        return result;
    }

    public static void main(String[] args) {
        // && guards the method call: isBlank() only runs when email is not null.
        Predicate<User> hasEmail = u -> u.email() != null && !u.email().isBlank();
        Predicate<User> isEditor = u -> u.roles().contains("editor") || u.roles().contains("admin");
        Predicate<User> isBanned = User::banned;
        Predicate<User> canPublish = hasEmail.and(isEditor).and(isBanned.negate());

        List<User> users = List.of(
                new User("ada", "ada@example.com", false, List.of("editor")),
                new User("bob", null, true, List.of("admin")),
                new User("cy", "cy@example.com", false, List.of()));
        for (User u : users) {
            System.out.println(u.name() + " " + canPublish.test(u));
        }
        System.out.println("any admin: " + users.stream().anyMatch(u -> u.roles().contains("admin")));

        // && skips the right side when the left is false; & always evaluates both.
        boolean ready = false;
        boolean shortCircuit = ready && audited(true);
        boolean eager = ready & audited(true);
        System.out.println(shortCircuit + " " + eager + ", audited calls: " + calls);

        // De Morgan's laws hold for every combination.
        for (boolean a : new boolean[] {false, true}) {
            for (boolean b : new boolean[] {false, true}) {
                if (!(a && b) != (!a || !b) || !(a || b) != (!a && !b)) throw new AssertionError();
            }
        }
        System.out.println("De Morgan verified");
    }
}
