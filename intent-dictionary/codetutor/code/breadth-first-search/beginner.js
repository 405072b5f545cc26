const graph = {
  A: ["B", "C"],
  B: ["D", "E"],
  C: ["E"],
  D: [],
  E: ["F"],
  F: [],
};

const distance = new Map([["A", 0]]); // also our "seen" set
const queue = ["A"];
while (queue.length > 0) {
  const node = queue.shift(); // oldest first: nearest nodes first
  console.log(`${node} is ${distance.get(node)} steps from A`);
  for (const next of graph[node]) {
    if (!distance.has(next)) {
      distance.set(next, distance.get(node) + 1); // one step further
      queue.push(next);
    }
  }
}
