const assert = require("node:assert");

async function priceOf(item) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return { apple: 2, pear: 3 }[item];
}

async function main() {
  // Start every lookup, then await them all together.
  const prices = await Promise.all(["apple", "pear"].map(priceOf));
  const total = prices.reduce((a, b) => a + b, 0);
  assert.strictEqual(total, 5);
  console.log(total);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
