const assert = require("node:assert");

function applyDiscount(price, isMember) {
  let finalPrice = price;
  if (isMember) {
    finalPrice = price * 0.9; // assign to the outer variable
  }
  return finalPrice;
}

assert.strictEqual(applyDiscount(100, true), 90);
console.log("discount applied");
