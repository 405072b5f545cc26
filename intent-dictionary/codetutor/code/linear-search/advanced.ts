interface Order {
  readonly id: number;
  readonly customer: string;
  readonly total: number;
}

// A result type makes "not found" explicit instead of a magic -1.
type Found<T> = { found: true; index: number; value: T } | { found: false };

function search<T>(items: Iterable<T>, pred: (item: T) => boolean): Found<T> {
  let index = 0;
  for (const value of items) {
    if (pred(value)) return { found: true, index, value };
    index++;
  }
  return { found: false };
}

const orders: readonly Order[] = [
  { id: 1, customer: "ana", total: 20 },
  { id: 2, customer: "bo", total: 310.5 },
  { id: 3, customer: "ana", total: 99.9 },
];

function describe(r: Found<Order>): string {
  // The compiler only lets us read .value after checking .found.
  return r.found ? `#${r.value.id} at index ${r.index}` : "not found";
}

console.log(describe(search(orders, (o) => o.total > 100))); // #2 at index 1
console.log(describe(search(orders, (o) => o.customer === "zed"))); // not found

// Works on a Set or any other iterable, not just arrays.
const tags = new Set(["db", "api", "ui"]);
const r = search(tags, (t) => t.startsWith("a"));
console.log(r.found ? r.value : "none"); // api
