from bisect import insort
from typing import Callable, List, TypeVar

T = TypeVar("T")


def insertion_sort(items: List[T], key: Callable[[T], object] = lambda x: x) -> int:
    """Stable in-place sort by key; returns the number of shifts.

    The shift count equals the number of inversions, so the cost is
    O(n + inversions): linear on nearly sorted input, quadratic at worst.
    """
    shifts = 0
    for i in range(1, len(items)):
        current = items[i]
        k = key(current)
        j = i - 1
        while j >= 0 and key(items[j]) > k:   # strict > keeps equal keys in order
            items[j + 1] = items[j]
            j -= 1
            shifts += 1
        items[j + 1] = current
    return shifts


tasks = [("write", 2), ("test", 1), ("deploy", 3), ("review", 2)]
print(insertion_sort(tasks, key=lambda t: t[1]), tasks)
# 2 shifts; "write" still comes before "review" (stable)

print(insertion_sort(list(range(1000))))          # 0 shifts: sorted input
print(insertion_sort(list(range(100, 0, -1))))    # 4950 = 100*99/2 shifts

# Online use: keep a list sorted as values arrive, one insertion at a time.
leaderboard: List[int] = []
for score in [40, 75, 10, 90, 55]:
    insort(leaderboard, score)   # binary search for the slot, then shift
print(leaderboard)               # [10, 40, 55, 75, 90]
