import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public class Main {
    static final Map<Integer, String> NAMES = new HashMap<>();
    static final Map<Integer, Integer> MANAGERS = new HashMap<>();

    // Optional in the return type tells callers "this may be absent".
    static Optional<String> findName(int id) {
        return Optional.ofNullable(NAMES.get(id));
    }

    static String managerName(int id) {
        return Optional.ofNullable(MANAGERS.get(id))
                .flatMap(Main::findName)
                .orElse("(no manager)");
    }

    // Reject null at the entrance, with a clear message, instead of
    // crashing somewhere deep inside later.
    static String greet(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return "Hello, " + name;
    }

    public static void main(String[] args) {
        NAMES.put(1, "Grace");
        NAMES.put(2, "Linus");
        MANAGERS.put(2, 1);

        System.out.println(managerName(2));                       // Grace
        System.out.println(managerName(1));                       // (no manager)
        System.out.println(findName(7).map(String::length).orElse(-1)); // -1

        // Unboxing a missing Integer is a classic hidden null.
        Integer boss = MANAGERS.get(1);
        int safe = (boss != null) ? boss : 0;
        System.out.println(safe);                                 // 0

        try {
            greet(null);
        } catch (NullPointerException e) {
            System.out.println("caught: " + e.getMessage());      // name must not be null
        }
    }
}
