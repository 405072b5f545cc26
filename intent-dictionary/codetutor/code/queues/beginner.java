import java.util.ArrayDeque;
import java.util.Queue;

public class Main {
    public static void main(String[] args) {
        // A queue is first in, first out, like a line at a shop.
        Queue<String> line = new ArrayDeque<>();
        line.offer("ana"); // join at the back
        line.offer("ben");
        line.offer("cleo");

        System.out.println("next up: " + line.peek()); // look at the front
        while (!line.isEmpty()) {
            System.out.println("serving " + line.poll()); // remove from the front
        }
    }
}
