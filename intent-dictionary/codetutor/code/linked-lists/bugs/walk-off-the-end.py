class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


def append(head, value):
    """Add a node with value at the end of the list."""
    current = head
    while current is not None:
        current = current.next
    current.next = Node(value)


head = Node("a")
append(head, "b")
append(head, "c")
print(head.value, head.next.value, head.next.next.value)
