import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

public class Main {
    public static void main(String[] args) {
        Vector a = new Vector(3, 4);
        Vector b = new Vector(3, 4);
        System.out.println(a + " has length " + a.length());
        System.out.println("a == b: " + (a == b) + " | a.equals(b): " + a.equals(b));
        System.out.println("sum: " + a.plus(Vector.ORIGIN).plus(new Vector(1, -1)));
        Set<Vector> set = new HashSet<>(Set.of(a, Vector.ORIGIN));
        set.add(b); // equal to a, so the set ignores it
        System.out.println("distinct values: " + set.size());
    }
}

// An immutable value class: final fields, equals/hashCode kept consistent.
final class Vector {
    static final Vector ORIGIN = new Vector(0, 0);
    private final double x;
    private final double y;

    Vector(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinates must be finite");
        }
        this.x = x;
        this.y = y;
    }

    double x() { return x; }
    double y() { return y; }
    Vector plus(Vector other) { return new Vector(x + other.x, y + other.y); }
    double length() { return Math.hypot(x, y); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vector v && Double.compare(v.x, x) == 0 && Double.compare(v.y, y) == 0;
    }

    @Override
    public int hashCode() { return Objects.hash(x, y); }

    @Override
    public String toString() { return "Vector(" + x + ", " + y + ")"; }
}
