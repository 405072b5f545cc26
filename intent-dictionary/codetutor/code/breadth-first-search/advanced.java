import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

public class Main {
    // Multi-source BFS: distance from every open cell to the NEAREST exit.
    // Seeding the queue with all exits at distance 0 solves it in one
    // O(rows * cols) pass instead of one BFS per cell.
    static int[][] distanceToExit(String[] map) {
        int rows = map.length, cols = map[0].length();
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) Arrays.fill(row, -1);        // -1 = unreached
        Deque<int[]> queue = new ArrayDeque<>();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (map[r].charAt(c) == 'E') { dist[r][c] = 0; queue.offer(new int[] {r, c}); }

        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            for (int[] d : dirs) {
                int r = cell[0] + d[0], c = cell[1] + d[1];
                if (r < 0 || r >= rows || c < 0 || c >= cols) continue;
                if (map[r].charAt(c) == '#' || dist[r][c] != -1) continue;
                dist[r][c] = dist[cell[0]][cell[1]] + 1;    // mark on enqueue
                queue.offer(new int[] {r, c});
            }
        }
        return dist;
    }

    public static void main(String[] args) {
        String[] floor = {
            "E...#...",
            ".##.#.#.",
            "....#..E",
            "#.###...",
        };
        for (int[] row : distanceToExit(floor)) {
            StringBuilder line = new StringBuilder();
            for (int d : row) line.append(d < 0 ? " #" : String.format("%2d", d));
            System.out.println(line);
        }
    }
}
