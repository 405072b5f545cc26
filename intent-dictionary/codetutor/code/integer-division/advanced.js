// Choosing the rounding you actually mean.

// floor rounds toward -Infinity, trunc toward zero: they differ below 0.
console.log(Math.floor(-7 / 2), Math.trunc(-7 / 2)); // -4 -3

// "%" takes the sign of the dividend; build a floor-mod when you need it.
const mod = (a, n) => ((a % n) + n) % n;
console.log(-7 % 3, mod(-7, 3)); // -1 2

// Ceiling division for page counts; guard the divisor first.
function pagesNeeded(items, perPage) {
  if (!Number.isInteger(perPage) || perPage <= 0) {
    throw new RangeError("perPage must be a positive integer");
  }
  return Math.ceil(items / perPage);
}
console.log(pagesNeeded(0, 10), pagesNeeded(10, 10), pagesNeeded(11, 10)); // 0 1 2

// Dividing by zero does not throw for numbers: it yields Infinity or NaN.
console.log(1 / 0, 0 / 0); // Infinity NaN

// BigInt division truncates like C or Java and DOES throw on zero.
console.log(7n / 2n, -7n / 2n); // 3n -3n
try {
  console.log(1n / 0n);
} catch (err) {
  console.log(err.name); // RangeError
}

// "| 0" also truncates, but only within 32 bits: avoid it for big values.
console.log((5e9 / 2) | 0, Math.trunc(5e9 / 2)); // -1794967296 2500000000

// Share cents fairly: integer division plus a remainder.
function splitBill(totalCents, people) {
  const share = Math.floor(totalCents / people);
  const extra = totalCents % people;
  return Array.from({ length: people }, (_, i) => share + (i < extra ? 1 : 0));
}
console.log(splitBill(1000, 3)); // [ 334, 333, 333 ]
