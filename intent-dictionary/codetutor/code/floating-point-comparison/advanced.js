// Comparing floats: tolerance, scale, NaN, and exact alternatives.

// Relative tolerance scales with the values; absolute covers values near 0.
function isClose(a, b, relTol = 1e-9, absTol = 0) {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (a === b) return true; // also handles equal infinities
  return Math.abs(a - b) <= Math.max(relTol * Math.max(Math.abs(a), Math.abs(b)), absTol);
}

console.log(isClose(0.1 + 0.2, 0.3));           // true
console.log(isClose(1e9 + 0.1, 1e9));           // true: tiny relative gap
console.log(isClose(1e-12, 0));                 // false: relative alone fails at 0
console.log(isClose(1e-12, 0, 1e-9, 1e-9));     // true

// Number.EPSILON is the gap just above 1.0; it is NOT a universal tolerance.
console.log(Math.abs(1e6 * 0.1 - 1e5) < Number.EPSILON); // true here, but...
console.log(Math.abs(1e16 + 2 - 1e16) < Number.EPSILON); // false: scale matters

// Errors accumulate.
let acc = 0;
for (let i = 0; i < 10; i++) acc += 0.1;
console.log(acc, acc === 1); // 0.9999999999999999 false

// NaN: never use === to detect it.
const parsed = Number("abc");
console.log(parsed === NaN, Number.isNaN(parsed)); // false true

// Money: keep integer cents and format at the edge.
const cents = [10, 20].reduce((a, b) => a + b, 0);
console.log(cents === 30, (cents / 100).toFixed(2)); // true 0.30
