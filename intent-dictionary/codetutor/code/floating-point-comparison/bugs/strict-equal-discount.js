const assert = require("node:assert");

// Apply a 10% discount three times to a price of 1.
let price = 1;
for (let i = 0; i < 3; i++) price *= 0.9;

assert.strictEqual(price, 0.729); // BUG: exact comparison of a float result
console.log("discount ok");
