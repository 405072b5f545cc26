const assert = require("node:assert");

// Remove every negative reading from the array.
const readings = [5, -1, -2, 8, -3, 4];
for (let i = 0; i < readings.length; i++) {
  if (readings[i] < 0) {
    readings.splice(i, 1);
  }
}
assert.deepStrictEqual(readings, [5, 8, 4]);
console.log("cleaned:", readings);
