from typing import Callable, List, Optional, TypeVar

T = TypeVar("T")


def merge_sort(items: List[T], key: Callable[[T], object] = lambda x: x) -> List[T]:
    """Stable O(n log n) sort returning a new list; one O(n) scratch buffer."""
    a = list(items)
    buf: List[Optional[T]] = [None] * len(a)

    def sort(lo: int, hi: int) -> None:          # sorts a[lo:hi]
        if hi - lo <= 1:
            return
        mid = (lo + hi) // 2
        sort(lo, mid)
        sort(mid, hi)
        if key(a[mid - 1]) <= key(a[mid]):       # halves already in order
            return
        buf[lo:hi] = a[lo:hi]
        i, j = lo, mid
        for k in range(lo, hi):
            if j >= hi or (i < mid and key(buf[i]) <= key(buf[j])):
                a[k] = buf[i]
                i += 1
            else:
                a[k] = buf[j]
                j += 1

    sort(0, len(a))
    return a


people = [("mia", 31), ("ali", 25), ("zoe", 31), ("bob", 25)]
print(merge_sort(people, key=lambda p: p[1]))
# [('ali', 25), ('bob', 25), ('mia', 31), ('zoe', 31)]  ties keep input order
print(merge_sort([]), merge_sort([5]), merge_sort(list("mergesort")))
assert merge_sort(list(range(500, 0, -1))) == list(range(1, 501))
