// Handle "might be missing" at the boundary, not deep inside the logic.

const config = { retries: 0, timeoutMs: null, server: { host: "localhost" } };

// ?? only replaces null/undefined; || would also replace 0 and "".
const retries = config.retries ?? 3;   // 0 (kept)
const wrong = config.retries || 3;     // 3 (bug: 0 is falsy)
const timeout = config.timeoutMs ?? 5000;
console.log(retries, wrong, timeout);  // 0 3 5000

// Optional chaining short-circuits the whole chain, including calls.
const port = config.server?.port ?? 80;
const shout = config.server?.host?.toUpperCase();
const proxy = config.proxy?.host; // undefined, not a crash
console.log(port, shout, proxy);   // 80 LOCALHOST undefined

// Fail loudly and early when a value is required.
function requireValue(value, name) {
  if (value == null) { // == null matches both null and undefined
    throw new TypeError(`${name} is required`);
  }
  return value;
}

const byId = new Map([[1, { name: "Ada" }]]);
for (const id of [1, 2]) {
  try {
    console.log(requireValue(byId.get(id), `user ${id}`).name);
  } catch (err) {
    console.log(`error: ${err.message}`); // error: user 2 is required
  }
}
