from collections import Counter, defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)  # frozen makes it immutable and hashable: a safe dict key
class Point:
    x: int
    y: int


def group_anagrams(words: list[str]) -> dict[str, list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)  # O(1) average per insert
    return dict(groups)


print(group_anagrams(["listen", "silent", "enlist", "google", "gogole", "cat"]))

counts = Counter("mississippi")
print("most common:", counts.most_common(2))

owners = {Point(0, 0): "alice", Point(2, 3): "bob"}
print("owner of (2, 3):", owners.get(Point(2, 3), "nobody"))  # equal value, equal hash
print("owner of (9, 9):", owners.get(Point(9, 9), "nobody"))

try:
    bad = {[1, 2]: "a list key"}
except TypeError as err:
    print("error:", err)  # lists are mutable, so they are unhashable
