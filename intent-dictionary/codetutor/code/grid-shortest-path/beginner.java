import java.util.ArrayDeque;
import java.util.Queue;

public class Main {
    public static void main(String[] args) {
        String[] grid = {"S.#....", ".##.##.", "...#...", ".#...#.", "...#..G"};
        int rows = grid.length, cols = grid[0].length();
        boolean[][] seen = new boolean[rows][cols];
        Queue<int[]> queue = new ArrayDeque<>(); // each entry: {row, col, steps}
        queue.add(new int[] {0, 0, 0});
        seen[0][0] = true;
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int[] cur = queue.poll(); // oldest first: nearer cells come out first
            if (grid[cur[0]].charAt(cur[1]) == 'G') {
                System.out.println("shortest path: " + cur[2] + " steps");
                return;
            }
            for (int[] m : moves) {
                int r = cur[0] + m[0], c = cur[1] + m[1];
                if (r >= 0 && r < rows && c >= 0 && c < cols && grid[r].charAt(c) != '#' && !seen[r][c]) {
                    seen[r][c] = true; // mark when queued, so no cell is queued twice
                    queue.add(new int[] {r, c, cur[2] + 1});
                }
            }
        }
        System.out.println("no path");
    }
}
