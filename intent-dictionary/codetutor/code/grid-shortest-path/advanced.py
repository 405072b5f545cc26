from collections import deque

Cell = tuple[int, int]
MOVES = ((1, 0), (-1, 0), (0, 1), (0, -1))


def shortest_path(grid: list[str], start: Cell, goal: Cell) -> list[Cell] | None:
    """BFS from start; returns the cells of one shortest path, or None."""
    rows, cols = len(grid), len(grid[0])
    parent: dict[Cell, Cell | None] = {start: None}  # doubles as the visited set
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            path = []
            while cell is not None:  # walk the parent links back to the start
                path.append(cell)
                cell = parent[cell]
            return path[::-1]
        r, c = cell
        for dr, dc in MOVES:
            nxt = (r + dr, c + dc)
            if (0 <= nxt[0] < rows and 0 <= nxt[1] < cols
                    and grid[nxt[0]][nxt[1]] != "#" and nxt not in parent):
                parent[nxt] = cell
                queue.append(nxt)
    return None  # the queue ran dry: goal unreachable


def draw(grid: list[str], path: list[Cell]) -> str:
    on_path = set(path[1:-1])
    return "\n".join(
        "".join("*" if (r, c) in on_path else ch for c, ch in enumerate(row))
        for r, row in enumerate(grid))


maze = ["S.#....", ".##.##.", "...#...", ".#...#.", "...#..G"]
path = shortest_path(maze, (0, 0), (4, 6))
print(f"{len(path) - 1} steps")
print(draw(maze, path))
walled = ["S#.", "##.", "..G"]
print("walled in:", shortest_path(walled, (0, 0), (2, 2)))
