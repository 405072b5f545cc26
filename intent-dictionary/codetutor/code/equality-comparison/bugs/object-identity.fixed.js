const assert = require("node:assert");

const visited = [{ x: 0, y: 0 }, { x: 1, y: 2 }];
const here = { x: 1, y: 2 };

// Compare the fields that define "the same point".
const samePoint = (a, b) => a.x === b.x && a.y === b.y;
assert.ok(visited.some((p) => samePoint(p, here)), "point should be visited");
console.log("already visited");
