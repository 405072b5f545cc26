const assert = require("node:assert");

// The same product was added to the cart twice
const cart = [
  { sku: "A1", name: "mug" },
  { sku: "B2", name: "pen" },
  { sku: "A1", name: "mug" },
];

const unique = [...new Set(cart)];

console.log(unique.map((item) => item.name));
assert.strictEqual(unique.length, 2);
