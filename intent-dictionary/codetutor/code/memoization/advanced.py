from functools import lru_cache
from typing import Tuple


def edit_distance(a: str, b: str) -> int:
    """Fewest single-character inserts, deletes or replacements turning a
    into b. There are only (len(a)+1) * (len(b)+1) distinct subproblems, so
    memoization turns an exponential recursion into O(len(a) * len(b))."""

    @lru_cache(maxsize=None)               # cache scoped to this one call
    def solve(i: int, j: int) -> int:      # distance between a[i:] and b[j:]
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return solve(i + 1, j + 1)
        return 1 + min(solve(i + 1, j),        # delete a[i]
                       solve(i, j + 1),        # insert b[j]
                       solve(i + 1, j + 1))    # replace

    result = solve(0, 0)
    print(f"  {a!r} -> {b!r}: cache misses = {solve.cache_info().misses}")
    return result


print(edit_distance("kitten", "sitting"))      # 3
print(edit_distance("", "abc"))                # 3


@lru_cache(maxsize=128)                        # bounded: safe in long-running code
def route_cost(stops: Tuple[str, ...]) -> int:
    """Arguments must be hashable: a tuple works, a list would raise TypeError."""
    return sum(len(stop) for stop in stops)


for _ in range(3):
    route_cost(("depot", "north", "depot"))
print(route_cost.cache_info())                 # hits=2, misses=1
