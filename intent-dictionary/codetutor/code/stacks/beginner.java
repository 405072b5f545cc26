import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    public static void main(String[] args) {
        // ArrayDeque used as a stack: last in, first out.
        Deque<String> undoStack = new ArrayDeque<>();
        undoStack.push("type 'hello'");
        undoStack.push("make bold");
        undoStack.push("delete line");

        System.out.println("top: " + undoStack.peek()); // look without removing
        while (!undoStack.isEmpty()) {
            System.out.println("undo: " + undoStack.pop());
        }
    }
}
