const assert = require("node:assert");

// Remove every negative reading.
const readings = [5, -1, -3, 7, -2, 9];

readings.forEach((r, i) => {
  if (r < 0) readings.splice(i, 1); // BUG: the next item slides into index i
});

assert.deepStrictEqual(readings, [5, 7, 9]);
console.log(readings);
