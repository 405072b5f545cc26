const assert = require("node:assert");

// Record which grid cells a robot has visited; it passes (0, 0) twice.
const path = [[0, 0], [0, 1], [1, 1], [0, 0]];
const key = ([row, col]) => `${row},${col}`; // compare cells by value
const visited = new Set();
for (const cell of path) {
  visited.add(key(cell));
}
assert.ok(visited.has(key([0, 1])), "expected (0, 1) to be visited");
assert.strictEqual(visited.size, 3);
console.log("visited", visited.size, "cells");
