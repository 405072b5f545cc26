const assert = require("node:assert");

// Apply a 10% discount three times to a price of 1.
let price = 1;
for (let i = 0; i < 3; i++) price *= 0.9;

assert.ok(Math.abs(price - 0.729) < 1e-9, `price was ${price}`); // tolerance
console.log("discount ok");
