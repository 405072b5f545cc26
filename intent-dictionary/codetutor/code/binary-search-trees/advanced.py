from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional


@dataclass
class Node:
    key: int
    left: Optional[Node] = None
    right: Optional[Node] = None


def insert(node: Optional[Node], key: int) -> Node:
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    elif key > node.key:
        node.right = insert(node.right, key)
    return node


def delete(node: Optional[Node], key: int) -> Optional[Node]:
    if node is None:
        return None
    if key < node.key:
        node.left = delete(node.left, key)
    elif key > node.key:
        node.right = delete(node.right, key)
    elif node.left is None or node.right is None:
        return node.left or node.right  # zero or one child: splice it out
    else:
        successor = node.right  # two children: copy in the smallest larger key
        while successor.left is not None:
            successor = successor.left
        node.key = successor.key
        node.right = delete(node.right, successor.key)
    return node


def in_order(node: Optional[Node]) -> Iterator[int]:
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def height(node: Optional[Node]) -> int:
    return 0 if node is None else 1 + max(height(node.left), height(node.right))


root = None
for k in [50, 30, 70, 20, 40, 60, 80]:
    root = insert(root, k)
root = delete(root, 30)  # a node with two children
print("after deleting 30:", list(in_order(root)), "height", height(root))

skewed = None
for k in range(1, 301):  # sorted input degenerates into a linked list
    skewed = insert(skewed, k)
print("height after 300 sorted inserts:", height(skewed))
