// A reusable memoize wrapper with an explicit key function and a size
// bound (oldest entry evicted first, using Map's insertion order).
function memoize(fn, { key = (...args) => JSON.stringify(args), maxSize = 1000 } = {}) {
  const cache = new Map();
  const memo = function (...args) {
    const k = key(...args);
    if (cache.has(k)) return cache.get(k);
    const value = fn.apply(this, args);
    cache.set(k, value);
    if (cache.size > maxSize) cache.delete(cache.keys().next().value);
    return value;
  };
  memo.cache = cache;
  return memo;
}

// Recursive use: the function must call the memoized version of itself.
const gridPaths = memoize((rows, cols) =>
  rows === 1 || cols === 1 ? 1 : gridPaths(rows - 1, cols) + gridPaths(rows, cols - 1),
);
console.log(gridPaths(18, 18), gridPaths.cache.size); // 2333606220 323

// Async memoization: cache the promise so concurrent callers share one
// request, and forget failures so they can be retried.
function memoizeAsync(fn) {
  const inFlight = new Map();
  return (id) => {
    if (!inFlight.has(id)) {
      inFlight.set(id, fn(id).catch((err) => {
        inFlight.delete(id);
        throw err;
      }));
    }
    return inFlight.get(id);
  };
}

let lookups = 0;
const fetchUser = memoizeAsync(async (id) => {
  lookups++;
  if (id < 0) throw new Error(`bad id ${id}`);
  return { id, name: `user${id}` };
});

Promise.all([fetchUser(7), fetchUser(7), fetchUser(7)]).then(async (users) => {
  console.log(users[0].name, "lookups:", lookups); // user7 lookups: 1
  await fetchUser(-1).catch((e) => console.log(e.message)); // bad id -1
});
