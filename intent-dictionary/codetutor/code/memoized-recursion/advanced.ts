// Wrap a function of primitive arguments with a cache keyed by those arguments.
function memoize<A extends (string | number)[], R>(fn: (...args: A) => R): ((...args: A) => R) & { size(): number } {
  const cache = new Map<string, R>();
  const wrapped = (...args: A): R => {
    const key = JSON.stringify(args); // unambiguous key for primitive argument lists
    if (!cache.has(key)) cache.set(key, fn(...args));
    return cache.get(key) as R;
  };
  return Object.assign(wrapped, { size: () => cache.size });
}

// Fewest coins adding up to amount, or null when it cannot be made.
function fewestCoins(coins: readonly number[], amount: number): number | null {
  const best: (rest: number) => number = memoize((rest: number): number => {
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

const gridPaths = memoize((rows: number, cols: number): number =>
  rows === 1 || cols === 1 ? 1 : gridPaths(rows - 1, cols) + gridPaths(rows, cols - 1));
console.log("paths in an 18x18 grid:", gridPaths(18, 18));
console.log("distinct subproblems solved:", gridPaths.size());
