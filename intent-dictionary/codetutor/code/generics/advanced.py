from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)  # a constraint: keys must be hashable
V = TypeVar("V")
D = TypeVar("D")


class LruCache(Generic[K, V]):
    """Keeps the `capacity` most recently used entries; O(1) get and put."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, default: D) -> V | D:  # a generic method: D is per call
        if key not in self._data:
            return default
        self._data.move_to_end(key)  # mark as most recently used
        return self._data[key]

    def put(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self._capacity:
            self._data.popitem(last=False)  # evict the least recently used

    def __len__(self) -> int:
        return len(self._data)


cache: LruCache[str, int] = LruCache(capacity=2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a", 0)  # touch "a", so "b" becomes the oldest
cache.put("c", 3)  # evicts "b"
print("a:", cache.get("a", None), "b:", cache.get("b", None), "c:", cache.get("c", None))
print("size:", len(cache))
