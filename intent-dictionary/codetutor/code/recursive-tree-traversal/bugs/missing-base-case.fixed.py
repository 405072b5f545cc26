class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right


def height(node):
    if node is None:  # base case: an empty tree has height 0
        return 0
    # The height of a tree is one more than its taller subtree
    return 1 + max(height(node.left), height(node.right))


root = Node(50, Node(30, Node(20)), Node(70))
print("height:", height(root))
