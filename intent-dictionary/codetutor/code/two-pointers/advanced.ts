// Same-direction pointers over two sorted arrays: merge and intersect
// in O(n + m) time, each pointer moving only forward.
type Compare<T> = (a: T, b: T) => number;

function mergeSorted<T>(a: readonly T[], b: readonly T[], cmp: Compare<T>): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    out.push(cmp(a[i], b[j]) <= 0 ? a[i++] : b[j++]); // ties from a: stable
  }
  return out.concat(a.slice(i), b.slice(j));
}

function intersectSorted<T>(a: readonly T[], b: readonly T[], cmp: Compare<T>): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c = cmp(a[i], b[j]);
    if (c < 0) i++; // a[i] is too small to appear in b
    else if (c > 0) j++;
    else {
      if (out.length === 0 || cmp(out[out.length - 1], a[i]) !== 0) out.push(a[i]);
      i++;
      j++;
    }
  }
  return out;
}

const byNumber: Compare<number> = (x, y) => x - y;
const monday = [3, 5, 5, 9, 12];
const tuesday = [1, 5, 5, 9, 20];
console.log(mergeSorted(monday, tuesday, byNumber).join(" ")); // 1 3 5 5 5 5 9 9 12 20
console.log(intersectSorted(monday, tuesday, byNumber)); // [ 5, 9 ]
console.log(intersectSorted(["ann", "bo"], ["bo", "cy"], (x, y) => x.localeCompare(y))); // [ 'bo' ]
