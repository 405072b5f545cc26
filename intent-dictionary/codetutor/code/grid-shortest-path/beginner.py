from collections import deque

grid = [
    "S.#....",
    ".##.##.",
    "...#...",
    ".#...#.",
    "...#..G",
]


def shortest_steps(grid):
    rows, cols = len(grid), len(grid[0])
    queue = deque([(0, 0, 0)])  # (row, col, steps so far), starting at S
    seen = {(0, 0)}
    while queue:
        r, c, steps = queue.popleft()  # oldest first: nearer cells come out first
        if grid[r][c] == "G":
            return steps
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))  # mark when queued, so no cell is queued twice
                queue.append((nr, nc, steps + 1))
    return -1  # the queue ran dry: G cannot be reached


print("shortest path:", shortest_steps(grid), "steps")
