from collections import deque
from typing import Dict, List, Optional, Tuple

Cell = Tuple[int, int]


def shortest_path(grid: List[str], start: Cell, goal: Cell) -> Optional[List[Cell]]:
    """Fewest moves through a maze ('#' is a wall), as a list of cells,
    or None if the goal is unreachable. O(rows * cols) time and space."""
    rows, cols = len(grid), len(grid[0])
    parent: Dict[Cell, Optional[Cell]] = {start: None}   # visited + breadcrumbs
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:                                  # first arrival = shortest
            path = []
            while cell is not None:
                path.append(cell)
                cell = parent[cell]
            return path[::-1]
        r, c = cell
        for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            nr, nc = nxt
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and nxt not in parent:
                parent[nxt] = cell                        # mark when enqueued
                queue.append(nxt)
    return None


maze = [
    "..#....",
    ".##.##.",
    "...#...",
    "#.....#",
]
path = shortest_path(maze, (0, 0), (0, 6))
print(len(path) - 1, "moves")                             # 12 moves
for r, row in enumerate(maze):
    print("".join("*" if (r, c) in path else ch for c, ch in enumerate(row)))
print(shortest_path([".#", "#."], (0, 0), (1, 1)))        # None
