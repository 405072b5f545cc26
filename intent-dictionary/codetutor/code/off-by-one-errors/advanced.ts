// Half-open ranges [start, end) keep boundary arithmetic honest.

function chunks<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size <= 0) {
    throw new RangeError("size must be a positive integer");
  }
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    out.push(items.slice(start, start + size)); // slice's end is exclusive
  }
  return out;
}

// First index whose value is >= target, or sorted.length if there is none.
function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length; // candidates are [lo, hi)
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < target) lo = mid + 1; // mid ruled out
    else hi = mid;                          // mid may be the answer
  }
  return lo;
}

// n values have n - 1 gaps between neighbours (the fence-post rule).
function gaps(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < values.length; i++) out.push(values[i + 1] - values[i]);
  return out;
}

const data = [3, 8, 8, 15, 21, 30, 42];
console.log(JSON.stringify(chunks(data, 3))); // [[3,8,8],[15,21,30],[42]]
console.log(lowerBound(data, 8));   // 1
console.log(lowerBound(data, 100)); // 7, one past the last index
console.log(gaps(data));            // [ 5, 0, 7, 6, 9, 12 ]
console.log(gaps([5]));             // []
