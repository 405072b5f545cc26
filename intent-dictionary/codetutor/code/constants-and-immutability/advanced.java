import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Main {
    // A record is immutable: final fields, no setters.
    record Cart(String owner, List<String> items) {
        Cart {
            items = List.copyOf(items); // defensive, unmodifiable copy of the caller's list
        }

        Cart with(String item) {
            List<String> next = new ArrayList<>(items);
            next.add(item);
            return new Cart(owner, next); // a new cart; this one is unchanged
        }
    }

    public static void main(String[] args) {
        List<String> source = new ArrayList<>(List.of("pen"));
        Cart first = new Cart("ada", source);
        source.add("sneaky"); // does not affect the cart thanks to List.copyOf
        Cart second = first.with("ink");
        System.out.println(first + " / " + second);

        try {
            second.items().add("hack");
        } catch (UnsupportedOperationException e) {
            System.out.println("items are unmodifiable");
        }

        // An unmodifiable VIEW still shows changes made through the original list.
        List<String> backing = new ArrayList<>(List.of("a"));
        List<String> view = Collections.unmodifiableList(backing);
        backing.add("b");
        System.out.println("view: " + view);

        // final fixes the reference, not the object it points to.
        final StringBuilder log = new StringBuilder("start");
        log.append(" -> changed");
        System.out.println(log);
    }
}
