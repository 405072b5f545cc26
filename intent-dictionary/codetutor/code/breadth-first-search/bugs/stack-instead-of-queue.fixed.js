const assert = require("node:assert");

const graph = {
  A: ["B", "C"],
  B: ["E"],
  C: ["D"],
  D: ["E"],
  E: [],
};

function distancesFrom(start) {
  const dist = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph[node]) {
      if (!dist.has(next)) {
        dist.set(next, dist.get(node) + 1);
        queue.push(next);
      }
    }
  }
  return dist;
}

const dist = distancesFrom("A");
console.log(dist);
assert.strictEqual(dist.get("E"), 2);
