// Topological sort (Kahn's algorithm) of a directed graph, with cycle detection.
type Graph<T> = ReadonlyMap<T, readonly T[]>;

type TopoResult<T> = { ok: true; order: T[] } | { ok: false; stuck: T[] };

function topoSort<T>(graph: Graph<T>): TopoResult<T> {
  const indegree = new Map<T, number>();
  for (const [node, deps] of graph) {
    if (!indegree.has(node)) indegree.set(node, 0);
    for (const d of deps) indegree.set(d, (indegree.get(d) ?? 0) + 1);
  }
  const ready = [...indegree].filter(([, n]) => n === 0).map(([node]) => node);
  const order: T[] = [];
  while (ready.length > 0) {
    const node = ready.shift()!;
    order.push(node);
    for (const next of graph.get(node) ?? []) {
      const left = indegree.get(next)! - 1;
      indegree.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (order.length === indegree.size) return { ok: true, order };
  // Whatever never reached indegree 0 sits on or behind a cycle.
  return { ok: false, stuck: [...indegree].filter(([, n]) => n > 0).map(([node]) => node) };
}

// Edge a -> b means "a must happen before b".
const build: Graph<string> = new Map([
  ["fetch", ["compile"]],
  ["compile", ["test", "package"]],
  ["test", ["deploy"]],
  ["package", ["deploy"]],
]);
console.log(topoSort(build));

const cyclic: Graph<string> = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["start", ["a"]]]);
console.log(topoSort(cyclic));
