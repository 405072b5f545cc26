import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

public class Main {
    private int count; // a field: lives as long as its object

    Main(int count) {
        this.count = count; // the parameter shadows the field; `this.` reaches the field
    }

    int increment() {
        return ++count;
    }

    // Lambdas may capture only effectively final locals, so mutable state goes in a holder.
    static IntSupplier counterFrom(int start) {
        int[] state = {start};
        return () -> ++state[0];
    }

    public static void main(String[] args) {
        Main m = new Main(10);
        m.increment();
        System.out.println("field: " + m.increment());

        IntSupplier c1 = counterFrom(0);
        IntSupplier c2 = counterFrom(100);
        System.out.println(c1.getAsInt() + " " + c1.getAsInt() + " " + c2.getAsInt());

        List<Supplier<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String label = "task-" + i; // a new, effectively final variable each pass
            tasks.add(() -> label);
            // tasks.add(() -> "task-" + i); // compile error: i is not effectively final
        }
        for (Supplier<String> t : tasks) {
            System.out.print(t.get() + " ");
        }
        System.out.println();

        {
            int temp = 42; // block scope
            System.out.println("temp = " + temp);
        }
        // System.out.println(temp); // compile error: cannot find symbol
    }
}
