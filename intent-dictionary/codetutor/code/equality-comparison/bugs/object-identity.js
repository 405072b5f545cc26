const assert = require("node:assert");

const visited = [{ x: 0, y: 0 }, { x: 1, y: 2 }];
const here = { x: 1, y: 2 };

// BUG: includes() compares objects by identity, not by their fields.
assert.ok(visited.includes(here), "point should be visited");
console.log("already visited");
