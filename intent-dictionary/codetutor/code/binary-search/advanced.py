from bisect import bisect_left
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")


def first_true(lo: int, hi: int, pred: Callable[[int], bool]) -> int:
    """Smallest x in [lo, hi) with pred(x) true, or hi if there is none.

    pred must be monotonic (false ... false true ... true). The half-open
    interval keeps the invariant simple and the loop always shrinks it.
    O(log(hi - lo)) calls to pred, O(1) extra space.
    """
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def lower_bound(items: Sequence[T], target, key: Callable[[T], object]) -> int:
    """First index whose key is >= target: also the insertion point."""
    return first_true(0, len(items), lambda i: key(items[i]) >= target)


events = [(1, "boot"), (4, "login"), (4, "click"), (9, "logout")]
i = lower_bound(events, 4, key=lambda e: e[0])
print(i, events[i])                                  # first of the duplicates
print(lower_bound(events, 10, key=lambda e: e[0]))   # 4: insert at the end
assert i == bisect_left([t for t, _ in events], 4)   # agrees with the stdlib


def isqrt(n: int) -> int:
    """Binary search on the answer: the largest x with x * x <= n."""
    return first_true(0, n + 2, lambda x: x * x > n) - 1


print(isqrt(99), isqrt(100), isqrt(0))               # 9 10 0
