// Set algebra helpers (Node 20 has no built-in Set.prototype.union yet).
const union = (a, b) => new Set([...a, ...b]);
const intersection = (a, b) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]; // iterate the smaller set
  return new Set([...small].filter((x) => large.has(x)));
};
const difference = (a, b) => new Set([...a].filter((x) => !b.has(x)));
const isSubset = (a, b) => [...a].every((x) => b.has(x));

const alice = new Set(["read", "write", "comment"]);
const bob = new Set(["read", "comment", "admin"]);
const show = (s) => [...s].sort().join(", ");

console.log("both have:", show(intersection(alice, bob)));
console.log("either has:", show(union(alice, bob)));
console.log("only alice:", show(difference(alice, bob)));
console.log("alice covers read+write?", isSubset(new Set(["read", "write"]), alice));

// Sets compare objects by identity, so dedupe value-like objects by a key.
function uniqueBy(items, keyOf) {
  const seen = new Set();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const points = [{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: 1, y: 2 }];
console.log("raw Set size:", new Set(points).size); // 3: three distinct objects
console.log("unique points:", uniqueBy(points, (p) => `${p.x},${p.y}`));
