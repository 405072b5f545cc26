// Use === (strict): it never converts types behind your back.
console.log(1 === 1);    // true
console.log("1" === 1);  // false: different types
console.log("1" == 1);   // true: == converts the string first (avoid)

// Objects and arrays are compared by IDENTITY, not by contents.
const a = [1, 2, 3];
const b = [1, 2, 3];
const c = a;
console.log(a === b); // false: two different arrays
console.log(a === c); // true: the same array

// Compare contents yourself, e.g. element by element.
const sameContents = a.length === b.length && a.every((x, i) => x === b[i]);
console.log(sameContents); // true
