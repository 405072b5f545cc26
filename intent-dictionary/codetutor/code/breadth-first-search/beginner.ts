const graph: Record<string, string[]> = {
  A: ["B", "C"],
  B: ["D", "E"],
  C: ["E"],
  D: [],
  E: ["F"],
  F: [],
};

const distance = new Map<string, number>([["A", 0]]); // also the "seen" set
const queue: string[] = ["A"];
while (queue.length > 0) {
  const node = queue.shift()!; // oldest first: nearest nodes first
  const d = distance.get(node)!;
  console.log(`${node} is ${d} steps from A`);
  for (const next of graph[node]) {
    if (!distance.has(next)) {
      distance.set(next, d + 1);
      queue.push(next);
    }
  }
}
