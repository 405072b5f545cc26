import java.util.Arrays;

public class Main {
    /** A fixed-size 2-D grid stored row-major in one flat double[]. */
    static final class Grid {
        final int rows, cols;
        private final double[] cells;

        Grid(int rows, int cols) {
            if (rows <= 0 || cols <= 0) throw new IllegalArgumentException("dimensions must be positive");
            this.rows = rows;
            this.cols = cols;
            this.cells = new double[rows * cols]; // zero-filled by the JVM
        }

        private int offset(int r, int c) {
            if (r < 0 || r >= rows || c < 0 || c >= cols) {
                throw new IndexOutOfBoundsException("cell (" + r + ", " + c + ") is outside the grid");
            }
            return r * cols + c; // O(1) address arithmetic
        }

        double get(int r, int c) { return cells[offset(r, c)]; }
        void set(int r, int c, double v) { cells[offset(r, c)] = v; }

        double[] rowSums() {
            double[] sums = new double[rows];
            for (int r = 0; r < rows; r++) {
                sums[r] = Arrays.stream(cells, r * cols, (r + 1) * cols).sum();
            }
            return sums;
        }
    }

    public static void main(String[] args) {
        Grid grid = new Grid(3, 4);
        for (int r = 0; r < grid.rows; r++)
            for (int c = 0; c < grid.cols; c++) grid.set(r, c, r * 10 + c);

        System.out.println("corner: " + grid.get(2, 3));
        System.out.println("row sums: " + Arrays.toString(grid.rowSums()));
        try {
            grid.get(3, 0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}
