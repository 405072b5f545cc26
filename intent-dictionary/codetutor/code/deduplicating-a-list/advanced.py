from collections.abc import Callable, Hashable, Iterable, Iterator
from itertools import count, islice
from typing import TypeVar

T = TypeVar("T")


def unique_by(items: Iterable[T], key: Callable[[T], Hashable] = lambda x: x) -> Iterator[T]:
    """Yield the first item for each distinct key, keeping the input order.
    O(n) time: one set lookup per item instead of scanning a list."""
    seen: set[Hashable] = set()
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            yield item


emails = ["Ana@x.io", "bo@x.io", "ana@X.io", "cy@x.io", "BO@x.io"]
print(list(unique_by(emails, key=str.lower)))

# dict.fromkeys keeps first-seen order too (dicts preserve insertion order)
print(list(dict.fromkeys([3, 1, 3, 2, 1])))

# Unhashable items (lists) cannot go in a set: use a hashable key instead
rows = [[1, 2], [3, 4], [1, 2]]
print(list(unique_by(rows, key=tuple)))

# Lazy: works on an endless stream, taking only as much as needed
stream = (n % 7 for n in count(1))
print(list(islice(unique_by(stream), 5)))
