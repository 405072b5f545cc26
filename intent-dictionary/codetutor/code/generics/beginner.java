import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    // T is a type parameter: a placeholder filled in by each user of the class.
    static class Stack<T> {
        private final Deque<T> items = new ArrayDeque<>();

        void push(T item) { items.push(item); }

        T pop() { return items.pop(); }
    }

    public static void main(String[] args) {
        Stack<Integer> numbers = new Stack<>();
        numbers.push(1);
        numbers.push(2);
        // numbers.push("x");  // compile error: String cannot be converted to Integer
        System.out.println(numbers.pop() + 10);

        Stack<String> names = new Stack<>(); // the same class, reused for strings
        names.push("Ada");
        System.out.println(names.pop().toUpperCase());
    }
}
