from collections.abc import Callable, Sequence
from functools import lru_cache


def stats(values: Sequence[float], *, precision: int = 2) -> tuple[float, float, float]:
    """Return (minimum, maximum, mean); `precision` can only be passed by keyword."""
    if not values:
        raise ValueError("stats() needs at least one value")
    mean = sum(values) / len(values)
    return min(values), max(values), round(mean, precision)


def make_discount(percent: int) -> Callable[[int], int]:
    """Return a new function that remembers `percent` (a closure)."""
    if not 0 <= percent <= 100:
        raise ValueError("percent must be between 0 and 100")

    def apply(price_cents: int) -> int:
        return price_cents * (100 - percent) // 100

    return apply


@lru_cache(maxsize=None)
def ways_to_climb(steps: int) -> int:
    """Ways to climb `steps` stairs 1 or 2 at a time; memoised, so O(n) not O(2^n)."""
    if steps <= 1:
        return 1
    return ways_to_climb(steps - 1) + ways_to_climb(steps - 2)


low, high, mean = stats([4.0, 1.5, 9.25, 7.0])  # unpack the returned tuple
print(low, high, mean)
print(stats([1, 2, 2], precision=3))

summer_sale = make_discount(20)
print([summer_sale(p) for p in (1000, 2599, 99)])

print(ways_to_climb(50))

try:
    stats([])
except ValueError as err:
    print("error:", err)
