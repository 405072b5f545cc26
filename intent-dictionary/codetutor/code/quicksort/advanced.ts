type Comparator<T> = (a: T, b: T) => number;

function swap<T>(a: T[], i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

// Three-way partition around a[p]: returns [lt, gt] such that
// a[lo..lt) < pivot, a[lt..gt) == pivot, a[gt..hi) > pivot.
function partition3<T>(a: T[], lo: number, hi: number, p: number, cmp: Comparator<T>): [number, number] {
  const pivot = a[p];
  let lt = lo;
  let i = lo;
  let gt = hi;
  while (i < gt) {
    const c = cmp(a[i], pivot);
    if (c < 0) swap(a, lt++, i++);
    else if (c > 0) swap(a, i, --gt);
    else i++;
  }
  return [lt, gt];
}

// Quickselect: k-th smallest (0-based) in O(n) average, without a full sort.
function quickselect<T>(input: readonly T[], k: number, cmp: Comparator<T>): T {
  if (k < 0 || k >= input.length) throw new RangeError(`k=${k} out of range`);
  const a = input.slice();
  let lo = 0;
  let hi = a.length;
  for (;;) {
    const [lt, gt] = partition3(a, lo, hi, lo + ((hi - lo) >> 1), cmp);
    if (k < lt) hi = lt;
    else if (k >= gt) lo = gt;
    else return a[k]; // k falls in the block equal to the pivot
  }
}

const latencies = [120, 35, 80, 35, 500, 95, 60, 210, 45, 70];
const asc: Comparator<number> = (a, b) => a - b;
console.log(quickselect(latencies, Math.floor(latencies.length / 2), asc)); // upper median: 80
console.log(quickselect(latencies, latencies.length - 1, asc)); // max: 500
console.log(quickselect(["pear", "fig", "apple"], 0, (a, b) => a.localeCompare(b))); // apple
