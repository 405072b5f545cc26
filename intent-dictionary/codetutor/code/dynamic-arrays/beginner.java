import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        // ArrayList is Java's dynamic array: it grows as you add to it.
        List<String> tasks = new ArrayList<>();
        tasks.add("write tests");
        tasks.add("fix bug");
        tasks.add("deploy");
        System.out.println(tasks + " size: " + tasks.size());

        tasks.add(0, "coffee");                       // insert at the front
        String done = tasks.remove(tasks.size() - 1); // remove the last item
        System.out.println("done: " + done);
        System.out.println("left: " + tasks);
    }
}
