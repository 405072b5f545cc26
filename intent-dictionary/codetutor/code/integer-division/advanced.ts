// Choosing the rounding you actually mean.

// floor rounds toward -Infinity, trunc toward zero: they differ below 0.
console.log(Math.floor(-7 / 2), Math.trunc(-7 / 2)); // -4 -3

// "%" takes the sign of the dividend; build a floor-mod when you need it.
const mod = (a: number, n: number): number => ((a % n) + n) % n;
console.log(-7 % 3, mod(-7, 3)); // -1 2

// Ceiling division for page counts; guard the divisor first.
function pagesNeeded(items: number, perPage: number): number {
  if (!Number.isInteger(perPage) || perPage <= 0) {
    throw new RangeError("perPage must be a positive integer");
  }
  return Math.ceil(items / perPage);
}
console.log(pagesNeeded(0, 10), pagesNeeded(10, 10), pagesNeeded(11, 10)); // 0 1 2

// Dividing by zero does not throw for numbers: it yields Infinity or NaN.
console.log(1 / 0, 0 / 0); // Infinity NaN

// Share cents fairly: integer division plus a remainder.
function splitBill(totalCents: number, people: number): number[] {
  const share = Math.floor(totalCents / people);
  const extra = totalCents % people;
  return Array.from({ length: people }, (_, i) => share + (i < extra ? 1 : 0));
}
console.log(splitBill(1000, 3)); // [ 334, 333, 333 ]

// A percentage: divide as numbers, round once at the end.
const done = 2;
const total = 5;
console.log(`${Math.round((done / total) * 100)}%`); // 40%
