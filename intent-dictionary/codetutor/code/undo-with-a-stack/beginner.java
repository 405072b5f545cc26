import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    static class Editor {
        String text = "";
        // ArrayDeque is Java's recommended stack: push and pop at the front
        private final Deque<String> history = new ArrayDeque<>();

        void type(String words) {
            history.push(text); // remember the state before the change
            text += words;
        }

        void undo() {
            if (!history.isEmpty()) { // pop() on an empty deque would throw
                text = history.pop();
            }
        }
    }

    public static void main(String[] args) {
        Editor editor = new Editor();
        editor.type("Hello");
        editor.type(", world");
        System.out.println(editor.text);
        editor.undo(); // the most recent change is undone first
        System.out.println(editor.text);
        editor.undo();
        editor.undo(); // safe: the stack is already empty
        System.out.println("\"" + editor.text + "\"");
    }
}
