import java.util.List;

public class Main {
    interface Shape {
        double area();
    }

    record Circle(double radius) implements Shape {
        public double area() { return Math.PI * radius * radius; }
    }

    record Square(double side) implements Shape {
        public double area() { return side * side; }
    }

    public static void main(String[] args) {
        // One loop, one call: each object runs its own version of area().
        for (Shape shape : List.of(new Circle(1), new Square(3))) {
            System.out.printf("%s %.2f%n", shape.getClass().getSimpleName(), shape.area());
        }
    }
}
