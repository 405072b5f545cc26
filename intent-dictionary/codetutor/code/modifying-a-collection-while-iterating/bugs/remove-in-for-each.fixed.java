import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> tasks = new ArrayList<>(List.of("write", "DONE:test", "deploy", "DONE:review"));
        tasks.removeIf(task -> task.startsWith("DONE:")); // iterator-safe removal
        System.out.println(tasks); // [write, deploy]
    }
}
