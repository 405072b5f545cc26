from array import array


class Grid:
    """A fixed-size 2-D grid stored row-major in one flat, typed array."""

    def __init__(self, rows: int, cols: int, fill: float = 0.0) -> None:
        if rows <= 0 or cols <= 0:
            raise ValueError("grid dimensions must be positive")
        self.rows, self.cols = rows, cols
        # array("d") packs raw doubles contiguously, unlike a list of objects.
        self._cells = array("d", [fill]) * (rows * cols)

    def _offset(self, r: int, c: int) -> int:
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"cell ({r}, {c}) is outside a {self.rows}x{self.cols} grid")
        return r * self.cols + c  # O(1) address arithmetic

    def __getitem__(self, pos: tuple[int, int]) -> float:
        return self._cells[self._offset(*pos)]

    def __setitem__(self, pos: tuple[int, int], value: float) -> None:
        self._cells[self._offset(*pos)] = value

    def row_sums(self) -> list[float]:
        c = self.cols
        return [sum(self._cells[r * c:(r + 1) * c]) for r in range(self.rows)]


grid = Grid(3, 4)
for r in range(grid.rows):
    for c in range(grid.cols):
        grid[r, c] = r * 10 + c
print("corner:", grid[2, 3])
print("row sums:", grid.row_sums())
try:
    grid[3, 0]
except IndexError as err:
    print("error:", err)
