// === compares primitives by value and objects by identity.
const a: number[] = [1, 2, 3];
const b: number[] = [1, 2, 3];
console.log(a === b); // false: two different arrays

// Compare contents yourself.
function sameNumbers(x: readonly number[], y: readonly number[]): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
console.log(sameNumbers(a, b)); // true

// TypeScript flags comparisons that can never be true:
const input: string = "42";
// input === 42  -> compile error: no overlap between string and number
console.log(Number(input) === 42); // true: convert, then compare
