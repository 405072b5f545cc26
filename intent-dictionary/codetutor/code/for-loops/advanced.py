from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of up to `size` items; works lazily on any iterable."""
    if size < 1:
        raise ValueError("size must be at least 1")
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


log = ["GET /", "POST /login", "GET /about", "GET /", "DELETE /item/7"]
# One pass with a Counter: O(n), instead of one scan of the log per method.
for method, count in Counter(line.split()[0] for line in log).most_common():
    print(f"{method:<6} {count}")

# zip walks two sequences in step; strict=True raises if their lengths differ.
names = ["ada", "linus", "grace"]
scores = [91, 78, 85]
for name, score in zip(names, scores, strict=True):
    print(f"{name:<6} {score}")

# for/else: the else block runs only if the loop did not break.
for name, score in zip(names, scores):
    if score < 80:
        print("first score below 80:", name)
        break
else:
    print("everyone scored 80 or more")

for i, batch in enumerate(chunks(range(1, 8), 3)):
    print(f"batch {i}: {batch}")
