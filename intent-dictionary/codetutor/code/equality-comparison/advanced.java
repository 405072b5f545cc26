import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

public class Main {
    // A record gets equals() and hashCode() from its components.
    record Point(int x, int y) {}

    // Custom equality must override BOTH equals and hashCode, consistently.
    record Email(String address) {
        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Email other)) return false; // also rejects null
            return address.equalsIgnoreCase(other.address);
        }

        @Override
        public int hashCode() {
            return address.toLowerCase().hashCode(); // equal objects, equal hashes
        }
    }

    public static void main(String[] args) {
        System.out.println(new Point(1, 2).equals(new Point(1, 2))); // true

        Set<Email> emails = new HashSet<>();
        emails.add(new Email("Ada@Example.com"));
        emails.add(new Email("ada@example.com"));
        System.out.println(emails.size()); // 1

        // Objects.equals is null-safe.
        String missing = null;
        System.out.println(Objects.equals(missing, "x")); // false, no exception

        // Integer caching makes == "work" for small values only.
        Integer small1 = 100, small2 = 100, big1 = 1000, big2 = 1000;
        System.out.println((small1 == small2) + " " + (big1 == big2)); // true false

        // BigDecimal: equals() also compares scale; compareTo() compares value.
        BigDecimal a = new BigDecimal("2.0"), b = new BigDecimal("2.00");
        System.out.println(a.equals(b) + " " + (a.compareTo(b) == 0)); // false true
    }
}
