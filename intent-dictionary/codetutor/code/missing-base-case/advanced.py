"""Recursion that always terminates: base cases first, progress every call."""
from functools import lru_cache


def flatten(value):
    """Flatten arbitrarily nested lists. Base case: a non-list value."""
    if not isinstance(value, list):
        return [value]
    result = []
    for item in value:            # an empty list is a base case too
        result.extend(flatten(item))
    return result


def flatten_iterative(value):
    """Same result with an explicit stack: no recursion limit to hit."""
    stack, out = [value], []
    while stack:
        top = stack.pop()
        if isinstance(top, list):
            stack.extend(reversed(top))
        else:
            out.append(top)
    return out


@lru_cache(maxsize=None)
def ways_to_climb(steps: int) -> int:
    """Ways to climb with 1- or 2-stair moves; two base cases are needed."""
    if steps < 0:
        raise ValueError("steps must be >= 0")
    if steps <= 1:                # covers both 0 and 1
        return 1
    return ways_to_climb(steps - 1) + ways_to_climb(steps - 2)


nested = [1, [2, [3, []], 4], [[5]]]
print(flatten(nested))              # [1, 2, 3, 4, 5]
print(flatten_iterative(nested))    # [1, 2, 3, 4, 5]
print(ways_to_climb(30))            # 1346269, fast thanks to the cache

deep = []
for _ in range(5000):               # deeper than the default limit (1000)
    deep = [deep]
print(len(flatten_iterative(deep)))  # 0: the iterative version copes
try:
    flatten(deep)
except RecursionError as err:
    print(type(err).__name__)       # RecursionError
