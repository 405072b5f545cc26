// Searching objects: compare by a predicate, not by identity.
const orders = [
  { id: 1, customer: "ana", total: 20 },
  { id: 2, customer: "bo", total: 310.5 },
  { id: 3, customer: "ana", total: 99.9 },
];

// indexOf compares references, so an equal-looking object is not found.
console.log(orders.indexOf({ id: 2, customer: "bo", total: 310.5 })); // -1

// findIndex / find stop at the first match; O(n) worst case.
console.log(orders.findIndex((o) => o.total > 100)); // 1
console.log(orders.find((o) => o.customer === "zed") ?? "no such order");

// Works on any iterable, including a lazy generator that never ends.
function* naturals() {
  for (let n = 1; ; n++) yield n;
}
function findFirst(iterable, pred) {
  for (const item of iterable) if (pred(item)) return item;
  return undefined;
}
console.log(findFirst(naturals(), (n) => n * n > 500)); // 23

// Many lookups: index once with a Map (O(n)), then O(1) per query,
// instead of a fresh O(n) scan for every query.
const byId = new Map(orders.map((o) => [o.id, o]));
for (const id of [3, 7]) {
  console.log(id, byId.get(id)?.customer ?? "missing");
}
