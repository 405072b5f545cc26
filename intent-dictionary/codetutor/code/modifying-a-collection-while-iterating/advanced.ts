// Changing a collection while walking over it, done safely.

// 1. In-place compaction with a write index: one pass, O(n).
function removeInPlace<T>(arr: T[], keep: (item: T) => boolean): T[] {
  let write = 0;
  for (let read = 0; read < arr.length; read++) {
    if (keep(arr[read])) arr[write++] = arr[read];
  }
  arr.length = write; // truncate the leftovers
  return arr;
}

const readings: number[] = [5, -1, 7, -3, -3, 9];
const alias = readings;
removeInPlace(readings, (r) => r >= 0);
console.log(alias); // [ 5, 7, 9 ]

// 2. Map: deleting the CURRENT entry during for...of is well defined.
const stock = new Map<string, number>([["apple", 3], ["pear", 0], ["plum", 0], ["fig", 7]]);
for (const [name, qty] of stock) {
  if (qty === 0) stock.delete(name);
}
console.log([...stock.keys()]); // [ 'apple', 'fig' ]

// 3. Adding while iterating: snapshot first so the loop has a fixed end.
const queue = new Set<string>(["a", "b"]);
for (const item of [...queue]) {
  queue.add(item + "!"); // would loop forever without the snapshot
}
console.log([...queue]); // [ 'a', 'b', 'a!', 'b!' ]

// A readonly view makes the compiler refuse mutation during a walk.
function total(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x; // xs.push(x) here would not compile
  return sum;
}
console.log(total(readings)); // 21
