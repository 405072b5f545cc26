class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(node, key):
    if node is None:  # base case: an empty spot gets the new node
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node


def in_order(node):
    if node is None:  # base case: an empty subtree prints nothing
        return
    in_order(node.left)   # all smaller keys first
    print(node.key, end=" ")
    in_order(node.right)  # then all larger keys


root = None
for key in [50, 30, 70, 20, 40, 60]:
    root = insert(root, key)
in_order(root)  # prints the keys in sorted order
print()
