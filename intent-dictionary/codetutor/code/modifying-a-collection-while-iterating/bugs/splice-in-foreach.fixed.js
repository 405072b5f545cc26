const assert = require("node:assert");

// Remove every negative reading.
let readings = [5, -1, -3, 7, -2, 9];

readings = readings.filter((r) => r >= 0); // build a new array instead

assert.deepStrictEqual(readings, [5, 7, 9]);
console.log(readings);
