const assert = require("node:assert");

const grid = [
  "S....",
  ".###.",
  "G....",
];

function shortestSteps(grid) {
  const queue = [[0, 0, 0]]; // [row, col, steps so far]
  const seen = new Set(["0,0"]);
  while (queue.length > 0) {
    const [r, c, steps] = queue.shift(); // take the oldest entry
    if (grid[r][c] === "G") return steps;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      const key = `${nr},${nc}`;
      if (grid[nr]?.[nc] !== undefined && grid[nr][nc] !== "#" && !seen.has(key)) {
        seen.add(key);
        queue.push([nr, nc, steps + 1]);
      }
    }
  }
  return -1;
}

const steps = shortestSteps(grid);
console.log("shortest path:", steps, "steps");
assert.strictEqual(steps, 2); // straight down: S -> . -> G
