import time
from collections.abc import Callable, Sequence


def binary_search(items: Sequence[int], target: int) -> int:
    """Index of target in sorted items, or -1. The window halves each pass: O(log n)."""
    lo, hi = 0, len(items)
    while lo < hi:  # invariant: if target is present, it is in items[lo:hi]
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        elif items[mid] > target:
            hi = mid
        else:
            return mid
    return -1


def retry(operation: Callable[[], str], max_attempts: int = 4, base_delay: float = 0.01) -> str:
    """Call operation until it succeeds, with a capped number of attempts and growing waits."""
    attempt = 1
    while True:
        try:
            return operation()
        except ConnectionError as err:
            if attempt == max_attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1)
            print(f"attempt {attempt} failed ({err}); retrying in {delay:.2f} s")
            time.sleep(delay)
            attempt += 1


def flaky(failures: int) -> Callable[[], str]:
    def call() -> str:
        nonlocal failures
        if failures > 0:
            failures -= 1
            raise ConnectionError("service unavailable")
        return "200 OK"
    return call


data = [2, 3, 5, 7, 11, 13, 17, 19]
print(binary_search(data, 13), binary_search(data, 4))
print("result:", retry(flaky(failures=2)))
try:
    retry(flaky(failures=10))
except ConnectionError as err:
    print("gave up:", err)
