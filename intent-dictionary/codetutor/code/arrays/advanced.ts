// A fixed-size 2-D grid stored row-major in one Float64Array.
class Grid {
  readonly cells: Float64Array;

  constructor(readonly rows: number, readonly cols: number, fill = 0) {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows <= 0 || cols <= 0) {
      throw new RangeError("grid dimensions must be positive integers");
    }
    this.cells = new Float64Array(rows * cols).fill(fill);
  }

  private offset(r: number, c: number): number {
    if (r < 0 || r >= this.rows || c < 0 || c >= this.cols) {
      throw new RangeError(`cell (${r}, ${c}) is outside a ${this.rows}x${this.cols} grid`);
    }
    return r * this.cols + c; // O(1) address arithmetic
  }

  get(r: number, c: number): number {
    return this.cells[this.offset(r, c)];
  }

  set(r: number, c: number, value: number): void {
    this.cells[this.offset(r, c)] = value;
  }

  rowSums(): number[] {
    const sums: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      const row = this.cells.subarray(r * this.cols, (r + 1) * this.cols); // a view, not a copy
      sums.push(row.reduce((a, b) => a + b, 0));
    }
    return sums;
  }
}

const grid = new Grid(3, 4);
for (let r = 0; r < grid.rows; r++) {
  for (let c = 0; c < grid.cols; c++) grid.set(r, c, r * 10 + c);
}
console.log("corner:", grid.get(2, 3));
console.log("row sums:", grid.rowSums());
try {
  grid.get(3, 0);
} catch (err) {
  console.log("error:", err instanceof Error ? err.message : err);
}
