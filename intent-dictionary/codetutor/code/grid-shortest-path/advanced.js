const MOVES = [[1, 0], [-1, 0], [0, 1], [0, -1]];

// BFS from start; returns the cells of one shortest path, or null.
function shortestPath(grid, start, goal) {
  const rows = grid.length;
  const cols = grid[0].length;
  const id = ([r, c]) => r * cols + c; // a number key: faster than "r,c" strings
  const parent = new Map([[id(start), null]]); // doubles as the visited set
  const queue = [start];
  for (let head = 0; head < queue.length; head++) { // index instead of O(n) shift()
    const cell = queue[head];
    if (cell[0] === goal[0] && cell[1] === goal[1]) {
      const path = [];
      for (let at = cell; at !== null; at = parent.get(id(at))) path.push(at);
      return path.reverse();
    }
    for (const [dr, dc] of MOVES) {
      const next = [cell[0] + dr, cell[1] + dc];
      const [r, c] = next;
      if (r >= 0 && r < rows && c >= 0 && c < cols && grid[r][c] !== "#" && !parent.has(id(next))) {
        parent.set(id(next), cell);
        queue.push(next);
      }
    }
  }
  return null; // the queue ran dry: goal unreachable
}

function draw(grid, path) {
  const onPath = new Set(path.slice(1, -1).map(([r, c]) => `${r},${c}`));
  return grid.map((row, r) => [...row].map((ch, c) => (onPath.has(`${r},${c}`) ? "*" : ch)).join("")).join("\n");
}

const maze = ["S.#....", ".##.##.", "...#...", ".#...#.", "...#..G"];
const path = shortestPath(maze, [0, 0], [4, 6]);
console.log(`${path.length - 1} steps`);
console.log(draw(maze, path));
console.log("walled in:", shortestPath(["S#.", "##.", "..G"], [0, 0], [2, 2]));
