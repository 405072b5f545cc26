import java.util.ArrayDeque;

public class Main {
    static final class Replace { // a command: insert (length 0), delete (text ""), or replace
        private final int pos, length;
        private final String text;
        private String removed = ""; // filled by apply so revert can restore it

        Replace(int pos, int length, String text) { this.pos = pos; this.length = length; this.text = text; }

        void apply(StringBuilder doc) {
            removed = doc.substring(pos, pos + length);
            doc.replace(pos, pos + length, text);
        }

        void revert(StringBuilder doc) { doc.replace(pos, pos + text.length(), removed); }
    }

    static final class Editor {
        final StringBuilder doc = new StringBuilder();
        private final ArrayDeque<Replace> undo = new ArrayDeque<>(), redo = new ArrayDeque<>();

        void execute(Replace cmd) {
            cmd.apply(doc);
            undo.push(cmd);
            redo.clear(); // a new edit makes the redo history meaningless
        }

        boolean undo() { return move(undo, redo, false); }
        boolean redo() { return move(redo, undo, true); }

        private boolean move(ArrayDeque<Replace> src, ArrayDeque<Replace> dst, boolean forward) {
            Replace cmd = src.poll(); // null instead of an exception when empty
            if (cmd == null) return false;
            if (forward) cmd.apply(doc); else cmd.revert(doc);
            dst.push(cmd);
            return true;
        }
    }

    public static void main(String[] args) {
        Editor e = new Editor();
        for (Replace r : new Replace[] {new Replace(0, 0, "Hello"), new Replace(5, 0, " world"),
                new Replace(0, 5, "Goodbye")}) e.execute(r);
        for (int i = 0; i < 4; i++) System.out.println("undo " + e.undo() + " [" + e.doc + "]"); // 4th: empty
        System.out.print("redo " + e.redo() + " [" + e.doc + "], then ");
        e.execute(new Replace(5, 0, "!")); // a new edit clears the redo stack
        System.out.println("[" + e.doc + "] redo possible: " + e.redo());
    }
}
