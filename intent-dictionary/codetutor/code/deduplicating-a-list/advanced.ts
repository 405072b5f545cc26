// Keep the first item for each distinct key, preserving input order.
// K is restricted to primitives because a Set compares objects by identity.
function* uniqueBy<T, K extends string | number | boolean = string>(
  items: Iterable<T>,
  key: (item: T) => K,
): Generator<T> {
  const seen = new Set<K>();
  for (const item of items) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      yield item;
    }
  }
}

interface User {
  id: number;
  name: string;
}

const emails = ["Ana@x.io", "bo@x.io", "ana@X.io", "cy@x.io", "BO@x.io"];
console.log([...uniqueBy(emails, (e) => e.toLowerCase())]);

const users: User[] = [
  { id: 7, name: "Ana" },
  { id: 9, name: "Bo" },
  { id: 7, name: "Ana (again)" },
];
console.log([...uniqueBy(users, (u) => u.id)].map((u) => u.name));

// Composite keys: a joined string that cannot be ambiguous.
const points: [number, number][] = [[1, 2], [3, 4], [1, 2], [12, 3]];
console.log(JSON.stringify([...uniqueBy(points, ([x, y]) => `${x},${y}`)]));
