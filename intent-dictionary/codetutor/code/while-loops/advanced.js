// Breadth-first crawl: the loop runs until the queue is drained,
// even though handling one page can add more pages.
const links = { "/": ["/a", "/b"], "/a": ["/b", "/c"], "/b": ["/"], "/c": [] };
const queue = ["/"];
const seen = new Set(queue);
let head = 0; // read pointer: O(1) per step, unlike queue.shift()
while (head < queue.length) {
  const page = queue[head++];
  for (const next of links[page]) {
    if (!seen.has(next)) {
      seen.add(next);
      queue.push(next);
    }
  }
}
console.log("visited:", queue.join(" "));

// do...while checks after the body, so 0 still counts as one digit.
function digitCount(n) {
  let digits = 0;
  do {
    digits++;
    n = Math.trunc(n / 10);
  } while (n !== 0);
  return digits;
}
console.log(digitCount(0), digitCount(90210));

// Retry with a cap on attempts and an exponentially growing wait.
async function retry(operation, attempts = 4, baseMs = 10) {
  let attempt = 1;
  while (true) {
    try {
      return await operation();
    } catch (err) {
      if (attempt >= attempts) throw err;
      const wait = baseMs * 2 ** (attempt - 1);
      console.log(`attempt ${attempt} failed (${err.message}); waiting ${wait} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
      attempt++;
    }
  }
}

let failuresLeft = 2;
retry(async () => {
  if (failuresLeft-- > 0) throw new Error("ECONNRESET");
  return "200 OK";
}).then((result) => console.log("result:", result));
