// Typed memoize: keeps the wrapped function's exact signature.
function memoize<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const k = key(...args);
    if (cache.has(k)) return cache.get(k) as R;
    const value = fn(...args);
    cache.set(k, value);
    return value;
  };
}

// Longest common subsequence of two strings, top-down.
// Without the cache: exponential. With it: O(a.length * b.length).
function lcs(a: string, b: string): string {
  let calls = 0;
  const solve: (i: number, j: number) => string = memoize(
    (i: number, j: number): string => {
      calls++;
      if (i === a.length || j === b.length) return "";
      if (a[i] === b[j]) return a[i] + solve(i + 1, j + 1);
      const skipA = solve(i + 1, j);
      const skipB = solve(i, j + 1);
      return skipA.length >= skipB.length ? skipA : skipB;
    },
    (i, j) => `${i},${j}`, // both indexes determine the answer
  );
  const result = solve(0, 0);
  console.log(`  ${calls} distinct subproblems`);
  return result;
}

console.log(lcs("AGGTAB", "GXTXAYB")); // GTAB
console.log(lcs("ABCBDAB", "BDCABA")); // BDAB, one of several of length 4
