import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

public class Main {
    record Server(String name, int latencyMs) {}

    /** The k fastest servers in O(n log k): keep a max-heap of size k. */
    static List<Server> fastest(List<Server> servers, int k) {
        Comparator<Server> byLatency = Comparator.comparingInt(Server::latencyMs)
                .thenComparing(Server::name);
        PriorityQueue<Server> heap = new PriorityQueue<>(byLatency.reversed()); // slowest on top
        for (Server s : servers) {
            heap.offer(s);
            if (heap.size() > k) heap.poll(); // evict the slowest of the k+1
        }
        List<Server> result = new ArrayList<>(heap);
        result.sort(byLatency); // heap iteration order is NOT sorted
        return result;
    }

    public static void main(String[] args) {
        List<Server> servers = List.of(
                new Server("eu-1", 48), new Server("us-1", 120), new Server("eu-2", 35),
                new Server("ap-1", 210), new Server("us-2", 95), new Server("eu-3", 35));
        System.out.println(fastest(servers, 3));

        // Max-heap of ints: reverse the natural order.
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Collections.reverseOrder());
        maxHeap.addAll(List.of(4, 17, 9));
        System.out.println("largest: " + maxHeap.peek());
    }
}
