"""Three safe ways to change a collection you are walking over."""

stock = {"apple": 3, "pear": 0, "plum": 0, "fig": 7}

# 1. Dicts: iterate over a snapshot of the keys, then delete freely.
for name in list(stock):
    if stock[name] == 0:
        del stock[name]
print(stock)  # {'apple': 3, 'fig': 7}

# 2. Lists in place: slice assignment keeps the same list object, so every
#    other reference to it sees the result. O(n) instead of O(n^2) removes.
readings = [5, -1, 7, -3, -3, 9]
alias = readings
readings[:] = [r for r in readings if r >= 0]
print(alias)  # [5, 7, 9]


# 3. Index-based deletion: walk backwards so earlier indexes stay valid.
def drop_indexes(items: list, doomed: set[int]) -> None:
    for i in range(len(items) - 1, -1, -1):
        if i in doomed:
            del items[i]


letters = list("abcdef")
drop_indexes(letters, {0, 2, 3})
print(letters)  # ['b', 'e', 'f']

# Adding while iterating: collect first, apply after the loop.
graph = {"a": ["b"], "b": ["c"]}
missing = [n for targets in graph.values() for n in targets if n not in graph]
for n in missing:
    graph[n] = []
print(sorted(graph))  # ['a', 'b', 'c']
