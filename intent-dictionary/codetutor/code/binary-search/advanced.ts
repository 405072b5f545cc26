type Compare<T> = (a: T, b: T) => number;

// Generic lower bound: first index i with compare(items[i], target) >= 0.
function lowerBound<T>(items: readonly T[], target: T, compare: Compare<T>): number {
  let lo = 0;
  let hi = items.length; // half-open [lo, hi)
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(items[mid], target) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Exact lookup built on lowerBound: the index, or -1 when absent.
function findIndex<T>(items: readonly T[], target: T, compare: Compare<T>): number {
  const i = lowerBound(items, target, compare);
  return i < items.length && compare(items[i], target) === 0 ? i : -1;
}

interface Release {
  version: number;
  name: string;
}

const releases: readonly Release[] = [
  { version: 1, name: "alpha" },
  { version: 3, name: "beta" },
  { version: 7, name: "stable" },
];
const byVersion: Compare<Release> = (a, b) => a.version - b.version;
const probe = (version: number): Release => ({ version, name: "" });

console.log(findIndex(releases, probe(3), byVersion)); // 1
console.log(findIndex(releases, probe(4), byVersion)); // -1
// Which release was current at version 5? The one just before the bound.
const at = lowerBound(releases, probe(5 + 1), byVersion) - 1;
console.log(at >= 0 ? releases[at].name : "none"); // beta
