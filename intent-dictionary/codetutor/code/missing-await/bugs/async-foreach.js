const assert = require("node:assert");

async function priceOf(item) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return { apple: 2, pear: 3 }[item];
}

async function main() {
  let total = 0;
  // BUG: forEach does not wait for the async callbacks it starts.
  ["apple", "pear"].forEach(async (item) => {
    total += await priceOf(item);
  });
  assert.strictEqual(total, 5);
  console.log(total);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
