// Keep the first item for each distinct key, preserving input order.
// O(n): one Set lookup per item instead of an indexOf scan (O(n^2)).
function* uniqueBy(items, key = (x) => x) {
  const seen = new Set();
  for (const item of items) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      yield item;
    }
  }
}

const emails = ["Ana@x.io", "bo@x.io", "ana@X.io", "cy@x.io", "BO@x.io"];
console.log([...uniqueBy(emails, (e) => e.toLowerCase())]);

// Sets compare objects by identity, so give objects a primitive key.
const users = [
  { id: 7, name: "Ana" },
  { id: 9, name: "Bo" },
  { id: 7, name: "Ana (again)" },
];
console.log([...uniqueBy(users, (u) => u.id)].map((u) => u.name));

// Composite keys: build a string that cannot be ambiguous.
const points = [[1, 2], [3, 4], [1, 2], [12, 3]];
console.log(JSON.stringify([...uniqueBy(points, (p) => p.join(","))]));

// Lazy: stop after five unique readings of an endless stream.
function* readings() {
  for (let n = 1; ; n++) yield n % 7;
}
const firstFive = [];
for (const value of uniqueBy(readings())) {
  if (firstFive.push(value) === 5) break;
}
console.log(firstFive);
