// Rest parameters collect any number of arguments into an array.
function average(...values) {
  if (values.length === 0) throw new RangeError("average() needs at least one value");
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

// An options object with defaults: callers name only what they change.
function formatPrice(cents, { currency = "EUR", decimals = 2 } = {}) {
  return `${(cents / 100).toFixed(decimals)} ${currency}`;
}

// Return several values as an object; callers destructure what they need.
function minMax(values) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

// A higher-order function: takes a function and returns one that caches results.
function memoize(fn) {
  const cache = new Map();
  return (n) => {
    if (!cache.has(n)) cache.set(n, fn(n));
    return cache.get(n);
  };
}

const waysToClimb = memoize((n) => (n <= 1 ? 1 : waysToClimb(n - 1) + waysToClimb(n - 2)));

console.log(average(4, 1.5, 9.25, 7));
console.log(formatPrice(1250), "|", formatPrice(1250, { currency: "USD", decimals: 0 }));
const { min, max } = minMax([4, 1, 9, 7]);
console.log(min, max);
console.log(waysToClimb(50)); // instant thanks to the cache
try {
  average();
} catch (err) {
  console.log(`${err.name}: ${err.message}`);
}
