// Stable, in-place insertion sort with a comparator. Cost is
// O(n + inversions): great for small or nearly sorted arrays.
function insertionSort(items, compare = (a, b) => a - b, lo = 0, hi = items.length) {
  for (let i = lo + 1; i < hi; i++) {
    const key = items[i];
    let j = i - 1;
    // compare > 0 (not >= 0) keeps equal elements in their original order
    while (j >= lo && compare(items[j], key) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = key;
  }
  return items;
}

const tasks = [
  { name: "write", priority: 2 },
  { name: "test", priority: 1 },
  { name: "deploy", priority: 3 },
  { name: "review", priority: 2 },
];
insertionSort(tasks, (a, b) => a.priority - b.priority);
console.log(tasks.map((t) => t.name).join(" > ")); // test > write > review > deploy

// Sorting only a sub-range, as hybrid sorts do for small partitions.
const data = [9, 8, 7, 3, 1, 2, 6, 5];
insertionSort(data, undefined, 2, 6);
console.log(data.join(" ")); // 9 8 1 2 3 7 6 5

// Nearly sorted input (one adjacent pair swapped): about n steps, not n^2.
const log = Array.from({ length: 10000 }, (_, i) => i);
[log[5000], log[5001]] = [log[5001], log[5000]];
insertionSort(log);
console.log(log[5000], log[5001]); // 5000 5001
