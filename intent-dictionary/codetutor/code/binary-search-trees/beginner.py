class Node:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None  # smaller keys left, larger keys right


def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    elif key > node.key:
        node.right = insert(node.right, key)
    return node  # equal keys are ignored


def contains(node, key):
    while node is not None and node.key != key:
        node = node.left if key < node.key else node.right  # skip half the tree
    return node is not None


root = None
for key in [50, 30, 70, 20, 40, 60]:
    root = insert(root, key)
print("has 40?", contains(root, 40), "| has 45?", contains(root, 45))
