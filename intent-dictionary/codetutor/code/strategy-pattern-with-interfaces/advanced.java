import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

public class Main {
    record Order(long subtotalCents, double weightKg) {}

    // One abstract method makes it a functional interface: lambdas can implement it.
    @FunctionalInterface
    interface ShippingStrategy {
        long quote(Order order); // cents: integers avoid float rounding

        // Default methods let strategies compose without touching implementations.
        default ShippingStrategy freeOver(long thresholdCents) {
            return order -> order.subtotalCents() >= thresholdCents ? 0 : quote(order);
        }
    }

    record FlatRate(long cents) implements ShippingStrategy {
        public long quote(Order order) { return cents; }
    }

    record ByWeight(long centsPerKg) implements ShippingStrategy {
        public long quote(Order order) { return Math.round(order.weightKg() * centsPerKg); }
    }

    public static void main(String[] args) {
        Map<String, Supplier<ShippingStrategy>> registry = new LinkedHashMap<>();
        registry.put("flat", () -> new FlatRate(499));
        registry.put("weight", () -> new ByWeight(120));
        registry.put("promo", () -> new FlatRate(499).freeOver(5000));
        registry.put("pickup", () -> order -> 0); // a lambda is a strategy too

        List<Order> orders = List.of(new Order(2500, 1.5), new Order(7200, 9.0));
        registry.forEach((name, make) -> {
            ShippingStrategy s = make.get();
            System.out.printf("%-7s %s%n", name, orders.stream().map(s::quote).toList());
        });

        Order heavy = orders.get(1);
        String cheapest = registry.entrySet().stream()
                .min(Comparator.comparingLong(e -> e.getValue().get().quote(heavy)))
                .map(Map.Entry::getKey).orElseThrow();
        System.out.println("cheapest for the heavy order: " + cheapest);
    }
}
