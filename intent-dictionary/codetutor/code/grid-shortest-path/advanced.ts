type Cell = readonly [row: number, col: number];
const MOVES: readonly Cell[] = [[1, 0], [-1, 0], [0, 1], [0, -1]];

// BFS from start; returns the cells of one shortest path, or null.
function shortestPath(grid: readonly string[], start: Cell, goal: Cell): Cell[] | null {
  const rows = grid.length;
  const cols = grid[0].length;
  const id = ([r, c]: Cell): number => r * cols + c; // number key, cheap to hash
  const parent = new Map<number, Cell | null>([[id(start), null]]); // also the visited set
  const queue: Cell[] = [start];
  for (let head = 0; head < queue.length; head++) { // index instead of O(n) shift()
    const cell = queue[head];
    if (id(cell) === id(goal)) {
      const path: Cell[] = [];
      for (let at: Cell | null = cell; at !== null; at = parent.get(id(at)) ?? null) path.push(at);
      return path.reverse();
    }
    for (const [dr, dc] of MOVES) {
      const next: Cell = [cell[0] + dr, cell[1] + dc];
      const [r, c] = next;
      if (r >= 0 && r < rows && c >= 0 && c < cols && grid[r][c] !== "#" && !parent.has(id(next))) {
        parent.set(id(next), cell);
        queue.push(next);
      }
    }
  }
  return null; // the queue ran dry: goal unreachable
}

function draw(grid: readonly string[], path: Cell[]): string {
  const onPath = new Set(path.slice(1, -1).map(([r, c]) => `${r},${c}`));
  return grid.map((row, r) => [...row].map((ch, c) => (onPath.has(`${r},${c}`) ? "*" : ch)).join("")).join("\n");
}

const maze = ["S.#....", ".##.##.", "...#...", ".#...#.", "...#..G"];
const path = shortestPath(maze, [0, 0], [4, 6]);
if (path) {
  console.log(`${path.length - 1} steps`);
  console.log(draw(maze, path));
}
console.log("walled in:", shortestPath(["S#.", "##.", "..G"], [0, 0], [2, 2]));
