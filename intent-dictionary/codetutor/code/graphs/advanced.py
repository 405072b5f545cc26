import heapq
from collections import defaultdict
from typing import Optional


def dijkstra(edges: list[tuple[str, str, int]], start: str, goal: str) -> Optional[tuple[int, list[str]]]:
    """Cheapest path with non-negative weights: O((V + E) log V)."""
    graph: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for a, b, w in edges:
        if w < 0:
            raise ValueError("Dijkstra requires non-negative weights")
        graph[a].append((b, w))
        graph[b].append((a, w))  # undirected

    dist = {start: 0}
    prev: dict[str, str] = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(prev[path[-1]])
            return d, path[::-1]
        if d > dist[node]:
            continue  # stale entry: a shorter route was already found
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = nd, node
                heapq.heappush(heap, (nd, nxt))
    return None  # goal unreachable


roads = [("Avon", "Bree", 4), ("Avon", "Cole", 1), ("Cole", "Bree", 2),
         ("Bree", "Dale", 5), ("Cole", "Dale", 8), ("Dale", "Eton", 3), ("Fenn", "Gale", 1)]
print(dijkstra(roads, "Avon", "Eton"))
print(dijkstra(roads, "Avon", "Gale"))
