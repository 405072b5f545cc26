// Shadowing, scope and how to keep names unambiguous.
"use strict";

// 1. var is function scoped and ignores blocks; let/const respect them.
function scopes() {
  var v = "outer var";
  let l = "outer let";
  {
    var v = "inner var"; // same variable: overwrites!
    let l = "inner let"; // new variable: shadows
  }
  return [v, l];
}
console.log(scopes()); // [ 'inner var', 'outer let' ]

// 2. The temporal dead zone: an inner let shadows from the START of its
//    block, so reading the name before the declaration throws.
const limit = 3;
function check() {
  try {
    return limit * 2; // refers to the inner limit below
    // eslint-disable-next-line no-unreachable
    const limit = 10;
  } catch (err) {
    return err.constructor.name;
  }
}
console.log(check()); // ReferenceError

// 3. Parameters shadow outer names; that is fine when it is deliberate
//    and the outer value is not needed inside.
const items = ["x", "y"];
const describe = (items) => `${items.length} item(s)`;
console.log(describe(["only"]), items.length); // 1 item(s) 2

// 4. Closures capture per-iteration bindings with let, one shared with var.
const withLet = [];
for (let i = 0; i < 3; i++) withLet.push(() => i);
const withVar = [];
for (var j = 0; j < 3; j++) withVar.push(() => j);
console.log(withLet.map((f) => f()), withVar.map((f) => f())); // [ 0, 1, 2 ] [ 3, 3, 3 ]
