import java.util.PriorityQueue;

public class Main {
    public static void main(String[] args) {
        // PriorityQueue is a binary min-heap: poll() always returns the smallest.
        PriorityQueue<Integer> waitingTimes = new PriorityQueue<>();
        for (int minutes : new int[] {15, 3, 42, 8, 23}) {
            waitingTimes.add(minutes); // O(log n)
        }

        System.out.println("smallest right now: " + waitingTimes.peek()); // O(1)
        while (!waitingTimes.isEmpty()) {
            System.out.println("next: " + waitingTimes.poll());
        }
    }
}
