from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass
class Node:
    key: int
    left: Node | None = None
    right: Node | None = None


def insert(node: Node | None, key: int) -> Node:
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    elif key > node.key:  # equal keys are ignored: no duplicates
        node.right = insert(node.right, key)
    return node


def in_order(node: Node | None) -> Iterator[int]:
    # A generator: yields keys lazily in sorted order, so callers can stop early
    if node:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def in_range(node: Node | None, lo: int, hi: int) -> list[int]:
    """Keys in [lo, hi], skipping subtrees that cannot contain any."""
    if node is None:
        return []
    left = in_range(node.left, lo, hi) if lo < node.key else []
    mid = [node.key] if lo <= node.key <= hi else []
    right = in_range(node.right, lo, hi) if node.key < hi else []
    return left + mid + right


def height(node: Node | None) -> int:
    return 0 if node is None else 1 + max(height(node.left), height(node.right))


root = None
for key in [50, 30, 70, 20, 40, 60, 80, 30]:
    root = insert(root, key)
print("sorted:", list(in_order(root)))
print("first three:", [k for k, _ in zip(in_order(root), range(3))])
print("in [35, 65]:", in_range(root, 35, 65))
print("height:", height(root))
