const assert = require("node:assert");

// Remove every negative reading from the array.
let readings = [5, -1, -2, 8, -3, 4];
readings = readings.filter((r) => r >= 0);
assert.deepStrictEqual(readings, [5, 8, 4]);
console.log("cleaned:", readings);
