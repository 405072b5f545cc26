const grid: string[] = [
  "S.#....",
  ".##.##.",
  "...#...",
  ".#...#.",
  "...#..G",
];

type Entry = [row: number, col: number, steps: number];

function shortestSteps(grid: string[]): number {
  const queue: Entry[] = [[0, 0, 0]]; // starting at S
  const seen = new Set<string>(["0,0"]);
  for (let head = 0; head < queue.length; head++) { // oldest first
    const [r, c, steps] = queue[head];
    if (grid[r][c] === "G") return steps;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      const inside = nr >= 0 && nr < grid.length && nc >= 0 && nc < grid[0].length;
      if (inside && grid[nr][nc] !== "#" && !seen.has(`${nr},${nc}`)) {
        seen.add(`${nr},${nc}`); // mark when queued, so no cell is queued twice
        queue.push([nr, nc, steps + 1]);
      }
    }
  }
  return -1; // the queue ran dry: G cannot be reached
}

console.log("shortest path:", shortestSteps(grid), "steps");
