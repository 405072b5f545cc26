import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> tasks = new ArrayList<>(List.of("write", "DONE:test", "deploy", "DONE:review"));
        for (String task : tasks) {
            if (task.startsWith("DONE:")) {
                tasks.remove(task); // BUG: structural change during for-each
            }
        }
        System.out.println(tasks);
    }
}
