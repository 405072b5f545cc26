import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

public class Main {
    record Edge(int to, int weight) {}

    /** Dijkstra on an adjacency list of int vertices: O((V + E) log V). */
    static long[] shortestDistances(List<List<Edge>> graph, int source) {
        long[] dist = new long[graph.size()];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[source] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        pq.add(new long[] {0, source});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue; // stale queue entry
            for (Edge e : graph.get(u)) {
                long candidate = dist[u] + e.weight();
                if (candidate < dist[e.to()]) {
                    dist[e.to()] = candidate;
                    pq.add(new long[] {candidate, e.to()});
                }
            }
        }
        return dist;
    }

    public static void main(String[] args) {
        int n = 6;
        List<List<Edge>> graph = new ArrayList<>();
        for (int i = 0; i < n; i++) graph.add(new ArrayList<>());
        int[][] edges = {{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 5}, {2, 3, 8}, {3, 4, 3}};
        for (int[] e : edges) { // directed edges u -> v with weight w
            graph.get(e[0]).add(new Edge(e[1], e[2]));
        }
        long[] dist = shortestDistances(graph, 0);
        for (int v = 0; v < n; v++) {
            System.out.println("0 -> " + v + ": " + (dist[v] == Long.MAX_VALUE ? "unreachable" : dist[v]));
        }
    }
}
