import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

public class Main {
    record Order(int id, String customer, double total) {}

    // Generic first-match search; Optional makes "not found" explicit.
    static <T> Optional<T> findFirst(Iterable<T> items, Predicate<? super T> pred) {
        for (T item : items) {
            if (pred.test(item)) return Optional.of(item);
        }
        return Optional.empty();
    }

    public static void main(String[] args) {
        List<Order> orders = List.of(
            new Order(1, "ana", 20.0),
            new Order(2, "bo", 310.5),
            new Order(3, "ana", 99.9));

        System.out.println(findFirst(orders, o -> o.total() > 100)); // Optional[Order[id=2, ...]]
        System.out.println(findFirst(orders, o -> o.customer().equals("zed"))
            .map(Order::customer).orElse("nobody")); // nobody

        // Records get value-based equals, so indexOf finds an equal copy.
        System.out.println(orders.indexOf(new Order(3, "ana", 99.9))); // 2

        // For repeated lookups, build a map once: O(n) setup, O(1) per query.
        Map<Integer, Order> byId = orders.stream()
            .collect(Collectors.toMap(Order::id, Function.identity()));
        System.out.println(byId.containsKey(7) ? "found" : "7 missing");
    }
}
