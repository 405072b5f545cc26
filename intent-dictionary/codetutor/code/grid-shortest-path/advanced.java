import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

public class Main {
    record Cell(int r, int c) {}

    private static final int[][] MOVES = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    // BFS from start; returns one shortest path, or empty if unreachable.
    static Optional<List<Cell>> shortestPath(String[] grid, Cell start, Cell goal) {
        int rows = grid.length, cols = grid[0].length();
        Cell[][] parent = new Cell[rows][cols]; // a 2D array beats a HashMap for grids
        boolean[][] seen = new boolean[rows][cols];
        ArrayDeque<Cell> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start.r()][start.c()] = true;
        while (!queue.isEmpty()) {
            Cell cell = queue.poll();
            if (cell.equals(goal)) {
                List<Cell> path = new ArrayList<>();
                for (Cell at = cell; at != null; at = parent[at.r()][at.c()]) path.add(at);
                Collections.reverse(path);
                return Optional.of(path);
            }
            for (int[] m : MOVES) {
                int r = cell.r() + m[0], c = cell.c() + m[1];
                if (r < 0 || r >= rows || c < 0 || c >= cols || grid[r].charAt(c) == '#' || seen[r][c]) continue;
                seen[r][c] = true;
                parent[r][c] = cell;
                queue.add(new Cell(r, c));
            }
        }
        return Optional.empty(); // the queue ran dry: goal unreachable
    }

    public static void main(String[] args) {
        String[] maze = {"S.#....", ".##.##.", "...#...", ".#...#.", "...#..G"};
        List<Cell> path = shortestPath(maze, new Cell(0, 0), new Cell(4, 6)).orElseThrow();
        char[][] picture = new char[maze.length][];
        for (int i = 0; i < maze.length; i++) picture[i] = maze[i].toCharArray();
        for (Cell cell : path.subList(1, path.size() - 1)) picture[cell.r()][cell.c()] = '*';
        System.out.println((path.size() - 1) + " steps");
        for (char[] row : picture) System.out.println(new String(row));
        String[] walled = {"S#.", "##.", "..G"};
        System.out.println("walled in: " + shortestPath(walled, new Cell(0, 0), new Cell(2, 2)));
    }
}
