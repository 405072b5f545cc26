// Await everything you start: results, errors and ordering depend on it.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchItem(name, ms) {
  await sleep(ms);
  if (name === "broken") throw new Error(`cannot fetch ${name}`);
  return name.toUpperCase();
}

async function main() {
  // forEach ignores the Promises its callback returns: nothing is awaited.
  // Use for...of (sequential) or Promise.all over map (concurrent).
  const seen = [];
  for (const name of ["a", "b"]) {
    seen.push(await fetchItem(name, 5));
  }
  console.log(seen); // [ 'A', 'B' ]

  const all = await Promise.all(["c", "d", "e"].map((n) => fetchItem(n, 5)));
  console.log(all); // [ 'C', 'D', 'E' ]

  // allSettled keeps every outcome; Promise.all rejects on the first failure.
  const settled = await Promise.allSettled([fetchItem("f", 1), fetchItem("broken", 1)]);
  console.log(settled.map((r) => r.status)); // [ 'fulfilled', 'rejected' ]

  // try/catch only catches a rejection that is AWAITED inside the try.
  try {
    await fetchItem("broken", 1);
  } catch (err) {
    console.log(`caught: ${err.message}`); // caught: cannot fetch broken
  }

  // A timeout: race the work against a timer.
  const timeout = (ms) =>
    new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), ms));
  const result = await Promise.race([fetchItem("g", 5), timeout(100)]);
  console.log(result); // G
}

// Top-level: handle the returned Promise so failures are not lost.
main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
