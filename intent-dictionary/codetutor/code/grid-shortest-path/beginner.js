const grid = [
  "S.#....",
  ".##.##.",
  "...#...",
  ".#...#.",
  "...#..G",
];

function shortestSteps(grid) {
  const queue = [[0, 0, 0]]; // [row, col, steps so far], starting at S
  const seen = new Set(["0,0"]);
  let head = 0; // read position: cheaper than queue.shift() on big grids
  while (head < queue.length) {
    const [r, c, steps] = queue[head++]; // oldest first: nearer cells first
    if (grid[r][c] === "G") return steps;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      const key = `${nr},${nc}`;
      if (grid[nr]?.[nc] !== undefined && grid[nr][nc] !== "#" && !seen.has(key)) {
        seen.add(key); // mark when queued, so no cell is queued twice
        queue.push([nr, nc, steps + 1]);
      }
    }
  }
  return -1; // the queue ran dry: G cannot be reached
}

console.log("shortest path:", shortestSteps(grid), "steps");
