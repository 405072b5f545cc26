// Wrap any function of simple arguments with a cache keyed by its arguments.
function memoize(fn) {
  const cache = new Map();
  const wrapped = (...args) => {
    const key = args.join(","); // fine for numbers; objects would need a real key
    if (!cache.has(key)) cache.set(key, fn(...args));
    return cache.get(key);
  };
  wrapped.cacheSize = () => cache.size;
  return wrapped;
}

// Fewest coins adding up to amount, or null when it cannot be made.
function fewestCoins(coins, amount) {
  const best = memoize((rest) => {
    if (rest === 0) return 0;
    let fewest = Infinity;
    for (const c of coins) {
      if (c <= rest) fewest = Math.min(fewest, 1 + best(rest - c));
    }
    return fewest; // Infinity means "impossible"; it is cached too
  });
  const result = best(amount);
  return Number.isFinite(result) ? result : null;
}

// Greedy (largest coin first) would pay 16 as 12+1+1+1+1 = 5 coins.
console.log("16 with [1, 5, 12]:", fewestCoins([1, 5, 12], 16));
console.log("3 with [5, 10]:", fewestCoins([5, 10], 3));

// Recursion must call the memoized version, so assign it before the body runs.
const gridPaths = memoize((rows, cols) =>
  rows === 1 || cols === 1 ? 1 : gridPaths(rows - 1, cols) + gridPaths(rows, cols - 1));
console.log("paths in an 18x18 grid:", gridPaths(18, 18));
console.log("distinct subproblems solved:", gridPaths.cacheSize());
