import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

public class Main {
    // Java enums are full classes: each constant can carry fields and methods.
    enum Status {
        PENDING("waiting for payment"), PAID("being packed"), SHIPPED("on its way"),
        DELIVERED("done"), CANCELLED("stopped");

        private final String description;

        Status(String description) { this.description = description; }

        Set<Status> next() { // a switch expression must cover every constant
            return switch (this) {
                case PENDING -> EnumSet.of(PAID, CANCELLED);
                case PAID -> EnumSet.of(SHIPPED, CANCELLED);
                case SHIPPED -> EnumSet.of(DELIVERED);
                case DELIVERED, CANCELLED -> EnumSet.noneOf(Status.class);
            };
        }

        boolean isFinal() { return next().isEmpty(); }

        static Status parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown status \"" + text + "\"; expected " + Arrays.toString(values()), e);
            }
        }
    }

    public static void main(String[] args) {
        Status status = Status.parse(" Pending ");
        for (String step : new String[] {"paid", "shipped", "delivered"}) {
            Status next = Status.parse(step);
            if (!status.next().contains(next)) throw new IllegalStateException(status + " -> " + next);
            status = next;
            System.out.println(status + ": " + status.description + ", final=" + status.isFinal());
        }
        try {
            Status.parse("lost");
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
