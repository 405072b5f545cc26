// Breadth-first search: shortest path by number of hops in an unweighted graph.
function shortestPath(graph, start, goal) {
  if (!graph.has(start) || !graph.has(goal)) return null;
  const prev = new Map([[start, null]]); // doubles as the visited set
  const queue = [start];
  for (let head = 0; head < queue.length; head++) { // head index: O(1) dequeue
    const node = queue[head];
    if (node === goal) {
      const path = [];
      for (let at = goal; at !== null; at = prev.get(at)) path.push(at);
      return path.reverse();
    }
    for (const next of graph.get(node)) {
      if (!prev.has(next)) { // mark when enqueued, so nothing is queued twice
        prev.set(next, node);
        queue.push(next);
      }
    }
  }
  return null; // goal not reachable from start
}

function buildGraph(edges) {
  const graph = new Map();
  for (const [a, b] of edges) {
    if (!graph.has(a)) graph.set(a, []);
    if (!graph.has(b)) graph.set(b, []);
    graph.get(a).push(b);
    graph.get(b).push(a);
  }
  return graph;
}

const friends = buildGraph([
  ["ana", "ben"], ["ben", "cleo"], ["cleo", "dev"], ["ana", "eve"],
  ["eve", "dev"], ["dev", "finn"], ["gus", "hal"],
]);
console.log("ana -> finn:", shortestPath(friends, "ana", "finn")?.join(" -> "));
console.log("ana -> hal:", shortestPath(friends, "ana", "hal"));
