// Shallow vs deep copies, and avoiding shared mutable state.

const defaults = { theme: { color: "light" }, tags: ["web"] };

// Spread copies only the top level; nested objects are still shared.
const shallow = { ...defaults };
shallow.theme.color = "dark";
console.log(defaults.theme.color); // dark: the nested object was shared

// structuredClone (Node 17+) copies every level of plain data.
defaults.theme.color = "light";
const deep = structuredClone(defaults);
deep.theme.color = "dark";
deep.tags.push("api");
console.log(defaults.theme.color, defaults.tags); // light [ 'web' ]

// Array(3).fill([]) puts the SAME array in every slot.
const bad = Array(3).fill([]);
const good = Array.from({ length: 3 }, () => []);
bad[0].push("x");
good[0].push("x");
console.log(bad, good); // [ [ 'x' ], [ 'x' ], [ 'x' ] ] [ [ 'x' ], [], [] ]

// Non-mutating array methods return new arrays; sort() and reverse() do not.
const scores = [3, 1, 2];
const sorted = [...scores].sort((a, b) => a - b);
console.log(scores, sorted); // [ 3, 1, 2 ] [ 1, 2, 3 ]

// Object.freeze makes accidental writes through an alias fail loudly
// in strict mode (it is shallow too).
const frozen = Object.freeze({ level: 1 });
try {
  (function () {
    "use strict";
    frozen.level = 2;
  })();
} catch (err) {
  console.log(err.constructor.name); // TypeError
}
