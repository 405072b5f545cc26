// Typed grouping and counting helpers built on Map.
function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const bucket = groups.get(key);
    if (bucket) bucket.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function countBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

interface Order {
  customer: string;
  total: number;
}

const orders: Order[] = [
  { customer: "ana", total: 30 },
  { customer: "ben", total: 12 },
  { customer: "ana", total: 8 },
];

const byCustomer = groupBy(orders, (o) => o.customer);
for (const [customer, list] of byCustomer) {
  const sum = list.reduce((acc, o) => acc + o.total, 0);
  console.log(`${customer}: ${list.length} orders, ${sum} total`);
}

const letters = countBy("mississippi", (ch) => ch);
console.log("letter counts:", Object.fromEntries(letters));
