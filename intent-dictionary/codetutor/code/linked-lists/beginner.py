class Node:
    """One link in the chain: a value plus a pointer to the next node."""

    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node


# Build the list 1 -> 2 -> 3 by linking nodes together.
head = Node(1, Node(2, Node(3)))

# Walk the chain until there is no next node.
current = head
while current is not None:
    print(current.value)
    current = current.next

head = Node(0, head)  # inserting at the front is O(1): no shifting
print("new head:", head.value)
