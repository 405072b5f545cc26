// In-place quicksort: median-of-three pivot, Hoare-style partition,
// insertion sort for small ranges, recursion only into the smaller side.
function quicksort(a, compare = (x, y) => x - y, lo = 0, hi = a.length - 1) {
  while (hi - lo > 16) {
    const mid = lo + ((hi - lo) >> 1);
    // median of three guards against sorted and reversed input
    if (compare(a[mid], a[lo]) < 0) [a[mid], a[lo]] = [a[lo], a[mid]];
    if (compare(a[hi], a[lo]) < 0) [a[hi], a[lo]] = [a[lo], a[hi]];
    if (compare(a[hi], a[mid]) < 0) [a[hi], a[mid]] = [a[mid], a[hi]];
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (compare(a[i], pivot) < 0) i++;
      while (compare(a[j], pivot) > 0) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j], a[i]];
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      quicksort(a, compare, lo, j);
      lo = i;
    } else {
      quicksort(a, compare, i, hi);
      hi = j;
    }
  }
  for (let k = lo + 1; k <= hi; k++) { // small range: insertion sort
    const key = a[k];
    let m = k - 1;
    for (; m >= lo && compare(a[m], key) > 0; m--) a[m + 1] = a[m];
    a[m + 1] = key;
  }
  return a;
}

const sorted = quicksort(Array.from({ length: 200000 }, (_, i) => i)); // no O(n^2) blow-up
const words = quicksort(["kiwi", "fig", "apple", "date"], (x, y) => x.localeCompare(y));
const seeded = Array.from({ length: 50 }, (_, i) => (i * 37) % 50);
quicksort(seeded);
console.log(sorted.slice(0, 3), words.join(" "), seeded.every((v, i) => v === i));
// [ 0, 1, 2 ] apple date fig kiwi true
