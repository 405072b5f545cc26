const assert = require("node:assert");

// The same product was added to the cart twice
const cart = [
  { sku: "A1", name: "mug" },
  { sku: "B2", name: "pen" },
  { sku: "A1", name: "mug" },
];

// Objects are compared by identity, so deduplicate by their sku instead
const bySku = new Map(cart.map((item) => [item.sku, item]));
const unique = [...bySku.values()];

console.log(unique.map((item) => item.name));
assert.strictEqual(unique.length, 2);
