from dataclasses import dataclass
from typing import Callable, Iterable, Optional, TypeVar

T = TypeVar("T")


def find_first(items: Iterable[T], pred: Callable[[T], bool]) -> Optional[T]:
    """First item satisfying pred, or None. Works on any iterable, even a
    lazy or infinite one, because it stops as soon as it finds a match."""
    return next((item for item in items if pred(item)), None)


@dataclass(frozen=True)
class Order:
    id: int
    customer: str
    total: float


orders = [Order(1, "ana", 20.0), Order(2, "bo", 310.5), Order(3, "ana", 99.9)]

big = find_first(orders, lambda o: o.total > 100)
print(big)                                          # Order(id=2, ...)
print(find_first(orders, lambda o: o.customer == "zed"))  # None

# All matches, not just the first: still one O(n) pass.
print([o.id for o in orders if o.customer == "ana"])     # [1, 3]

# Many lookups? One O(n) pass to build an index, then O(1) per lookup,
# instead of an O(n) scan for each of the m queries.
by_id = {o.id: o for o in orders}
for wanted in (3, 7):
    print(wanted, by_id.get(wanted, "missing"))
