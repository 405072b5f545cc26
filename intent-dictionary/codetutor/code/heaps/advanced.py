import heapq
from collections import Counter
from itertools import count
from typing import Iterable, TypeVar

T = TypeVar("T")


def top_k(items: Iterable[T], k: int, key=lambda x: x) -> list[T]:
    """Largest k items in O(n log k) time and O(k) memory, via a bounded min-heap."""
    if k <= 0:
        return []
    heap: list[tuple] = []
    for i, item in enumerate(items):
        entry = (key(item), i, item)  # i breaks ties so items are never compared
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)  # pop smallest + push, in one O(log k) step
    return [item for _, _, item in sorted(heap, reverse=True)]


class TaskQueue:
    """Priority queue: lower number = more urgent, FIFO among equal priorities."""

    def __init__(self) -> None:
        self._heap: list[tuple[int, int, str]] = []
        self._seq = count()

    def push(self, priority: int, task: str) -> None:
        heapq.heappush(self._heap, (priority, next(self._seq), task))

    def pop(self) -> str:
        return heapq.heappop(self._heap)[2]

    def __len__(self) -> int:
        return len(self._heap)


words = "the cat saw the dog and the dog saw a cat run".split()
print("top 2 words:", top_k(Counter(words).items(), 2, key=lambda kv: kv[1]))

q = TaskQueue()
for prio, task in [(2, "write docs"), (0, "fix outage"), (1, "review PR"), (0, "page on-call")]:
    q.push(prio, task)
print([q.pop() for _ in range(len(q))])
