from collections import deque

graph = {                      # who is connected to whom
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["E"],
    "D": [],
    "E": ["F"],
    "F": [],
}

distance = {"A": 0}            # also serves as the "seen" set
queue = deque(["A"])
while queue:
    node = queue.popleft()     # oldest first: nearest nodes first
    print(node, "is", distance[node], "steps from A")
    for neighbour in graph[node]:
        if neighbour not in distance:          # not seen yet
            distance[neighbour] = distance[node] + 1
            queue.append(neighbour)
