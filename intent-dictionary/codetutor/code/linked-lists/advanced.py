from typing import Any, Iterable, Iterator, Optional


class _Node:
    __slots__ = ("value", "next")  # small fixed layout: less memory per node

    def __init__(self, value: Any, next_node: Optional["_Node"] = None) -> None:
        self.value, self.next = value, next_node


class LinkedList:
    """Singly linked list with a tail pointer: O(1) append and push-front."""

    def __init__(self, items: Iterable[Any] = ()) -> None:
        self.head: Optional[_Node] = None
        self.tail: Optional[_Node] = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value: Any) -> None:
        node = _Node(value)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self.size += 1

    def remove_first(self, value: Any) -> bool:
        """Unlink the first match: O(n) to find it, O(1) to unlink it."""
        prev, cur = None, self.head
        while cur is not None and cur.value != value:
            prev, cur = cur, cur.next
        if cur is None:
            return False
        if prev is None:
            self.head = cur.next
        else:
            prev.next = cur.next
        if cur is self.tail:
            self.tail = prev  # forgetting this breaks the next append
        self.size -= 1
        return True

    def reverse(self) -> None:
        """Flip every pointer in place: O(n) time, O(1) extra space."""
        prev, cur = None, self.head
        self.tail = cur
        while cur is not None:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self) -> Iterator[Any]:
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next


lst = LinkedList("abcde")
lst.remove_first("e")  # removing the tail must also move the tail pointer
lst.reverse()
lst.append("z")
print(" -> ".join(lst), "| size", lst.size)
