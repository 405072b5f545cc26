import random
from functools import cmp_to_key
from typing import List, Sequence


def has_duplicate_pairs(xs: Sequence[int], steps: List[int]) -> bool:
    """Compare every pair: O(n^2) time, O(1) extra space."""
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            steps[0] += 1
            if xs[i] == xs[j]:
                return True
    return False


def has_duplicate_sorted(xs: Sequence[int], steps: List[int]) -> bool:
    """Sort, then compare neighbours: O(n log n) time, O(n) extra space."""
    def counting_cmp(a: int, b: int) -> int:
        steps[0] += 1                       # count the sort's real comparisons
        return (a > b) - (a < b)

    s = sorted(xs, key=cmp_to_key(counting_cmp))
    return any(counting_cmp(a, b) == 0 for a, b in zip(s, s[1:]))


def has_duplicate_set(xs: Sequence[int], steps: List[int]) -> bool:
    """One pass with a hash set: O(n) average time, O(n) extra space."""
    seen = set()
    for x in xs:
        steps[0] += 1
        if x in seen:                       # O(1) average; `x in a_list` is O(n)
            return True
        seen.add(x)
    return False


rng = random.Random(1)                      # fixed seed: same output every run
for fn in (has_duplicate_pairs, has_duplicate_sorted, has_duplicate_set):
    counts = []
    for n in (1_000, 2_000):
        data = rng.sample(range(n), n)      # all distinct: the worst case
        steps = [0]
        assert fn(data, steps) is False
        counts.append(steps[0])
    name = fn.__name__.replace("has_duplicate_", "")
    print(f"{name:>6}: {counts[0]:>9,} -> {counts[1]:>9,} steps (x{counts[1] / counts[0]:.1f} when n doubles)")
