from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class DynamicArray(Generic[T]):
    """A growable array built on fixed-size storage that doubles when full."""

    def __init__(self) -> None:
        self._size = 0
        self._slots: list[Optional[T]] = [None]  # stands in for a raw memory block
        self.moves = 0  # elements copied by resizes, to show amortized cost

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, i: int) -> T:
        if not 0 <= i < self._size:
            raise IndexError(f"index {i} out of range for length {self._size}")
        return self._slots[i]  # type: ignore[return-value]

    def append(self, item: T) -> None:
        if self._size == len(self._slots):
            self._resize(2 * len(self._slots))  # geometric growth => amortized O(1)
        self._slots[self._size] = item
        self._size += 1

    def pop(self) -> T:
        if self._size == 0:
            raise IndexError("pop from empty array")
        self._size -= 1
        item = self._slots[self._size]
        self._slots[self._size] = None  # release the reference
        if 0 < self._size <= len(self._slots) // 4:
            self._resize(len(self._slots) // 2)  # shrink at 1/4, not 1/2, to avoid thrashing
        return item  # type: ignore[return-value]

    def _resize(self, capacity: int) -> None:
        fresh: list[Optional[T]] = [None] * capacity
        fresh[: self._size] = self._slots[: self._size]
        self.moves += self._size
        self._slots = fresh


arr: DynamicArray[int] = DynamicArray()
for n in range(1000):
    arr.append(n * n)
print("len:", len(arr), "capacity:", len(arr._slots), "arr[999]:", arr[999])
print(f"copies per append: {arr.moves / len(arr):.2f}")
while len(arr) > 10:
    arr.pop()
print("after pops, capacity:", len(arr._slots))
