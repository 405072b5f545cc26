const assert = require("node:assert");

function applyDiscount(price, isMember) {
  let finalPrice = price;
  if (isMember) {
    let finalPrice = price * 0.9; // BUG: declares a new, inner variable
  }
  return finalPrice;
}

assert.strictEqual(applyDiscount(100, true), 90);
console.log("discount applied");
