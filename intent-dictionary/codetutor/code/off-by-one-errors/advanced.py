"""Half-open ranges [start, stop) keep boundary arithmetic honest."""
from typing import Sequence, TypeVar

T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Split into pieces of `size`; the last piece may be shorter."""
    if size <= 0:
        raise ValueError("size must be positive")
    count = (len(items) + size - 1) // size      # ceil(len / size), no floats
    return [items[k * size:(k + 1) * size] for k in range(count)]


def lower_bound(sorted_items: Sequence[int], target: int) -> int:
    """First index whose value is >= target, or len(sorted_items) if none."""
    lo, hi = 0, len(sorted_items)     # the candidates are [lo, hi)
    while lo < hi:                    # the range is empty once lo == hi
        mid = (lo + hi) // 2
        if sorted_items[mid] < target:
            lo = mid + 1              # mid is ruled out: step past it
        else:
            hi = mid                  # mid may be the answer: keep it
    return lo


def gaps(values: Sequence[int]) -> list[int]:
    """n values have n - 1 gaps between neighbours (fence-post rule)."""
    return [values[i + 1] - values[i] for i in range(len(values) - 1)]


data = [3, 8, 8, 15, 21, 30, 42]
print(chunks(data, 3))         # [[3, 8, 8], [15, 21, 30], [42]]
print(lower_bound(data, 8))    # 1
print(lower_bound(data, 100))  # 7, one past the last index
print(gaps(data))              # [5, 0, 7, 6, 9, 12]
print(gaps([5]))               # []: one post, no fence
