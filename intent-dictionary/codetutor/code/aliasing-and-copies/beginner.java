import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        // Assigning an object copies the REFERENCE: one list, two names.
        List<Integer> original = new ArrayList<>(List.of(1, 2, 3));
        List<Integer> alias = original;
        alias.add(4);
        System.out.println(original);          // [1, 2, 3, 4]
        System.out.println(alias == original); // true

        // The copy constructor makes a separate list.
        List<Integer> copy = new ArrayList<>(original);
        copy.add(5);
        System.out.println(original); // [1, 2, 3, 4]: unchanged
        System.out.println(copy);     // [1, 2, 3, 4, 5]
    }
}
