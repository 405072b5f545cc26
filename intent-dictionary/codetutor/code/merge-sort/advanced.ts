type Comparator<T> = (a: T, b: T) => number;

// Stable, top-down merge sort with a single scratch buffer.
function mergeSort<T>(input: readonly T[], compare: Comparator<T>): T[] {
  const a = input.slice();
  const buf = a.slice(); // allocated once, reused by every merge

  const sort = (lo: number, hi: number): void => {
    if (hi - lo <= 1) return;
    const mid = (lo + hi) >>> 1;
    sort(lo, mid);
    sort(mid, hi);
    if (compare(a[mid - 1], a[mid]) <= 0) return; // already ordered: O(n) on sorted input
    for (let k = lo; k < hi; k++) buf[k] = a[k];
    let i = lo;
    let j = mid;
    for (let k = lo; k < hi; k++) {
      a[k] = i < mid && (j >= hi || compare(buf[i], buf[j]) <= 0) ? buf[i++] : buf[j++];
    }
  };

  sort(0, a.length);
  return a;
}

interface Person {
  name: string;
  age: number;
}

const people: Person[] = [
  { name: "mia", age: 31 },
  { name: "ali", age: 25 },
  { name: "zoe", age: 31 },
  { name: "bob", age: 25 },
];
const sorted = mergeSort(people, (x, y) => x.age - y.age);
console.log(sorted.map((p) => p.name).join(" ")); // ali bob mia zoe (ties keep order)
console.log(mergeSort([3, 1, 2], (x, y) => y - x)); // [ 3, 2, 1 ]
