// Lower and upper bound with a comparator: the building blocks for
// insertion points, duplicates and range queries. O(log n) each.
const byNumber = (a, b) => a - b;

function lowerBound(items, target, compare = byNumber) {
  let lo = 0;
  let hi = items.length; // half-open range [lo, hi)
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(items[mid], target) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo; // first index with items[i] >= target
}

function upperBound(items, target, compare = byNumber) {
  // first index with items[i] > target
  return lowerBound(items, target, (a, b) => (compare(a, b) <= 0 ? -1 : 1));
}

function countBetween(sorted, low, high, compare = byNumber) {
  return Math.max(0, upperBound(sorted, high, compare) - lowerBound(sorted, low, compare));
}

const temps = [-3, 0, 4, 4, 4, 9, 12, 18];
console.log(lowerBound(temps, 4), upperBound(temps, 4)); // 2 5
console.log(countBetween(temps, 0, 10)); // 5
console.log(countBetween(temps, 20, 30)); // 0

// Keep a list sorted while inserting: find the slot, then splice.
const names = ["ada", "grace", "linus"];
const byText = (a, b) => a.localeCompare(b);
names.splice(lowerBound(names, "ken", byText), 0, "ken");
console.log(names.join(", ")); // ada, grace, ken, linus
