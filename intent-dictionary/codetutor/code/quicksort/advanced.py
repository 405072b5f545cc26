import random
from typing import MutableSequence

_rng = random.Random(7)  # fixed seed so runs are reproducible


def quicksort(a: MutableSequence) -> None:
    """In-place quicksort with a random pivot and a three-way partition.
    Average O(n log n); recursing only into the smaller side and looping
    on the larger one keeps the stack depth at O(log n)."""

    def sort(lo: int, hi: int) -> None:          # sorts a[lo:hi]
        while hi - lo > 1:
            pivot = a[_rng.randrange(lo, hi)]
            # invariant: a[lo:lt] < pivot, a[lt:i] == pivot, a[gt:hi] > pivot
            lt, i, gt = lo, lo, hi
            while i < gt:
                if a[i] < pivot:
                    a[lt], a[i] = a[i], a[lt]
                    lt += 1
                    i += 1
                elif a[i] > pivot:
                    gt -= 1
                    a[gt], a[i] = a[i], a[gt]
                else:
                    i += 1
            if lt - lo < hi - gt:
                sort(lo, lt)
                lo = gt                          # loop on the larger right part
            else:
                sort(gt, hi)
                hi = lt                          # loop on the larger left part

    sort(0, len(a))


data = [3, 8, 5, 1, 9, 2, 7, 5]
quicksort(data)
print(data)                                      # [1, 2, 3, 5, 5, 7, 8, 9]

sorted_input = list(range(100_000))              # worst case for a first-element pivot
quicksort(sorted_input)
dupes = [4, 1, 4, 4, 1, 4] * 10_000              # two-way partitions struggle here
quicksort(dupes)
print(sorted_input[:3], dupes[:2], dupes[-2:])   # [0, 1, 2] [1, 1] [4, 4]
