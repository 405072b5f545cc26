from typing import Dict, Iterator, Tuple, Union

# A file tree: a folder maps names to children, a file is just its size.
Tree = Union[int, Dict[str, "Tree"]]

project: Tree = {
    "README.md": 1_200,
    "src": {"main.py": 4_000, "util": {"io.py": 900, "fmt.py": 650}},
    "tests": {"test_main.py": 2_100},
}


def total_size(node: Tree) -> int:
    """The recursion mirrors the data: a file is the base case."""
    if isinstance(node, int):
        return node
    return sum(total_size(child) for child in node.values())


def walk(node: Tree, path: str = "") -> Iterator[Tuple[str, int]]:
    """Yield (path, size) for every file, lazily, via `yield from`."""
    if isinstance(node, int):
        yield path, node
        return
    for name, child in sorted(node.items()):
        yield from walk(child, f"{path}/{name}")


def total_size_iterative(root: Tree) -> int:
    """Same result with an explicit stack: safe for arbitrarily deep trees."""
    total, stack = 0, [root]
    while stack:
        node = stack.pop()
        if isinstance(node, int):
            total += node
        else:
            stack.extend(node.values())
    return total


print(total_size(project))                     # 8850
print(list(walk(project))[:2])  # [('/README.md', 1200), ('/src/main.py', 4000)]

deep: Tree = 1
for _ in range(5_000):                         # deeper than the default limit of 1000
    deep = {"d": deep}
print(total_size_iterative(deep))              # 1
try:
    total_size(deep)
except RecursionError:
    print("recursive version hit the recursion limit")
