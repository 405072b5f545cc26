const { setTimeout: sleep } = require("node:timers/promises");

async function fetchPrice(symbol, signal) {
  // Stand-in for a network call; one symbol is slow, one is broken.
  await sleep(symbol === "SLOW" ? 1000 : 50, undefined, { signal });
  if (symbol === "BAD") throw new Error(`unknown symbol ${symbol}`);
  return symbol.length * 10;
}

// Runs `worker` over `items` with at most `limit` calls in flight.
async function mapWithLimit(items, limit, worker) {
  const results = new Array(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const i = next++; // safe: JavaScript runs one callback at a time
      [results[i]] = await Promise.allSettled([worker(items[i])]); // never throws
    }
  }
  await Promise.all(Array.from({ length: limit }, lane));
  return results;
}

async function main() {
  const symbols = ["AAPL", "MSFT", "BAD", "SLOW", "GOOG", "IBM"];
  const started = performance.now();
  const results = await mapWithLimit(symbols, 3, (s) =>
    fetchPrice(s, AbortSignal.timeout(300)) // each call gets its own deadline
  );
  const elapsed = performance.now() - started;

  results.forEach((r, i) => {
    const label = symbols[i].padEnd(5);
    if (r.status === "fulfilled") console.log(label, r.value.toFixed(1));
    else if (r.reason.name === "AbortError") console.log(label, "timed out");
    else console.log(label, "failed:", r.reason.message);
  });
  // Sequentially this would take at least 300 + 5 * 50 = 550 ms.
  console.log("ran concurrently:", elapsed < 550);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
