from typing import Generic, TypeVar

T = TypeVar("T")  # a placeholder for "some type", filled in by each user of the class


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()


numbers: Stack[int] = Stack()  # a type checker now rejects numbers.push("x")
numbers.push(1)
numbers.push(2)
print(numbers.pop() + 10)

names: Stack[str] = Stack()  # the same class, reused for strings
names.push("Ada")
print(names.pop().upper())
