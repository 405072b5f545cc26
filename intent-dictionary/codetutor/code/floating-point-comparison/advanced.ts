// Comparing floats: tolerance, scale, NaN, and exact alternatives.

interface Tolerance {
  rel: number; // relative: fraction of the larger magnitude
  abs: number; // absolute: needed for values near zero
}

const DEFAULT_TOL: Tolerance = { rel: 1e-9, abs: 0 };

function isClose(a: number, b: number, tol: Tolerance = DEFAULT_TOL): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (a === b) return true; // equal infinities, or exact hits
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= Math.max(tol.rel * scale, tol.abs);
}

console.log(isClose(0.1 + 0.2, 0.3));                     // true
console.log(isClose(1e-12, 0));                           // false
console.log(isClose(1e-12, 0, { rel: 1e-9, abs: 1e-9 })); // true

// Sorting floats that may contain NaN: give NaN a fixed place.
const readings: number[] = [2.5, Number.NaN, -1, 0.1 + 0.2];
const sorted = [...readings].sort((x, y) => {
  if (Number.isNaN(x)) return 1;
  if (Number.isNaN(y)) return -1;
  return x - y;
});
console.log(sorted); // [ -1, 0.30000000000000004, 2.5, NaN ]

// Deduplicate approximately equal values after rounding to a grid.
const grid = (x: number, step: number): number => Math.round(x / step) * step;
const unique = new Set([0.3, 0.1 + 0.2, 0.30000001].map((x) => grid(x, 1e-6)));
console.log(unique.size); // 1

// Exact money: integer cents.
const cents: number = [10, 20].reduce((a, b) => a + b, 0);
console.log(cents === 30); // true
