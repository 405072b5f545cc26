// Changing a collection while walking over it, done safely.

// 1. In-place compaction with a write index: one pass, O(n),
//    and every other reference to the array sees the result.
function removeInPlace(arr, keep) {
  let write = 0;
  for (let read = 0; read < arr.length; read++) {
    if (keep(arr[read])) arr[write++] = arr[read];
  }
  arr.length = write; // truncate the leftovers
  return arr;
}

const readings = [5, -1, 7, -3, -3, 9];
const alias = readings;
removeInPlace(readings, (r) => r >= 0);
console.log(alias); // [ 5, 7, 9 ]

// 2. Map and Set: deleting the CURRENT entry during for...of is defined
//    behaviour, but adding entries makes the loop visit them too.
const stock = new Map([["apple", 3], ["pear", 0], ["plum", 0], ["fig", 7]]);
for (const [name, qty] of stock) {
  if (qty === 0) stock.delete(name);
}
console.log([...stock.keys()]); // [ 'apple', 'fig' ]

// 3. Adding while iterating: snapshot first so the loop has a fixed end.
const queue = new Set(["a", "b"]);
for (const item of [...queue]) {
  queue.add(item + "!"); // would loop forever without the snapshot
}
console.log([...queue]); // [ 'a', 'b', 'a!', 'b!' ]
