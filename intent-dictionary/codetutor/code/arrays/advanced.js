// A fixed-size 2-D grid stored row-major in one Float64Array:
// a real contiguous block of doubles with a length that never changes.
class Grid {
  constructor(rows, cols, fill = 0) {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows <= 0 || cols <= 0) {
      throw new RangeError("grid dimensions must be positive integers");
    }
    this.rows = rows;
    this.cols = cols;
    this.cells = new Float64Array(rows * cols).fill(fill);
  }

  #offset(r, c) {
    if (r < 0 || r >= this.rows || c < 0 || c >= this.cols) {
      throw new RangeError(`cell (${r}, ${c}) is outside a ${this.rows}x${this.cols} grid`);
    }
    return r * this.cols + c; // O(1) address arithmetic
  }

  get(r, c) { return this.cells[this.#offset(r, c)]; }
  set(r, c, value) { this.cells[this.#offset(r, c)] = value; }

  rowSums() {
    const sums = [];
    for (let r = 0; r < this.rows; r++) {
      // subarray() is a view onto the same memory, not a copy
      sums.push(this.cells.subarray(r * this.cols, (r + 1) * this.cols).reduce((a, b) => a + b, 0));
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
  console.log("error:", err.message);
}
