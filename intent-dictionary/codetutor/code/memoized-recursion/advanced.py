from functools import lru_cache


def fewest_coins(coins: tuple[int, ...], amount: int) -> int | None:
    """Fewest coins that add up to amount, or None if it cannot be made."""

    @lru_cache(maxsize=None)  # memo lives inside this call: no stale global state
    def best(rest: int) -> float:
        if rest == 0:
            return 0
        options = [best(rest - c) for c in coins if c <= rest]
        return 1 + min(options, default=float("inf"))

    result = best(amount)
    print(f"  (memo holds {best.cache_info().currsize} sub-answers)")
    return None if result == float("inf") else int(result)


# Greedy (largest coin first) would pay 16 as 12+1+1+1+1 = 5 coins.
print("16 with (1, 5, 12):", fewest_coins((1, 5, 12), 16))
print("3 with (5, 10):", fewest_coins((5, 10), 3))
print("99 with (1, 7, 30):", fewest_coins((1, 7, 30), 99))  # depth ~99: fine; ~1000 would hit the recursion limit


@lru_cache(maxsize=None)
def grid_paths(rows: int, cols: int) -> int:
    """Paths from top-left to bottom-right moving only right or down."""
    if rows == 1 or cols == 1:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)


print("paths in an 18x18 grid:", grid_paths(18, 18))  # billions of paths...
print("distinct subproblems solved:", grid_paths.cache_info().currsize)  # ...few calls
