// Equality in JavaScript: strict, SameValue, and structural.

// Loose equality (==) has surprising conversion rules.
console.log(0 == "", "0" == false, null == undefined); // true true true
console.log(0 === "", "0" === false);                   // false false

// NaN is not === to itself; Object.is distinguishes NaN and -0.
console.log(NaN === NaN, Object.is(NaN, NaN));  // false true
console.log(0 === -0, Object.is(0, -0));        // true false

// includes() uses SameValueZero, so it finds NaN; indexOf() does not.
console.log([NaN].includes(NaN), [NaN].indexOf(NaN)); // true -1

// Structural (deep) equality for plain data.
function deepEqual(x, y) {
  if (Object.is(x, y)) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) {
    return false;
  }
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  return kx.length === ky.length && kx.every((k) => Object.hasOwn(y, k) && deepEqual(x[k], y[k]));
}

console.log(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })); // true
console.log(deepEqual({ a: 1 }, { a: "1" }));                      // false

// Sets and Map keys compare objects by identity: use a string key for values.
const seen = new Set();
for (const p of [{ x: 1, y: 2 }, { x: 1, y: 2 }]) seen.add(`${p.x},${p.y}`);
console.log(seen.size); // 1

// Text: normalise and compare with localeCompare for human ordering.
const e1 = "caf\u00e9";
const e2 = "cafe\u0301"; // e + combining accent
console.log(e1 === e2, e1.normalize() === e2.normalize()); // false true
console.log("a".localeCompare("B", "en", { sensitivity: "base" })); // -1
