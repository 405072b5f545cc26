// Measure growth empirically: run an algorithm on n and 2n and compare
// step counts. The ratio hints at the class: ~1 O(1), ~2 O(n), ~4 O(n^2).
type StepCounter = (n: number) => number; // returns the number of steps

const algorithms: Record<string, StepCounter> = {
  "binary search": (n) => {
    let steps = 0;
    for (let lo = 0, hi = n; lo < hi; steps++) {
      const mid = (lo + hi) >>> 1;
      if (mid < n - 1) lo = mid + 1; // always search for the last item
      else hi = mid;
    }
    return steps;
  },
  "linear scan": (n) => n,
  "merge sort": (n) => (n <= 1 ? 0 : 2 * algorithms["merge sort"](n / 2) + n),
  "all pairs": (n) => (n * (n - 1)) / 2,
};

function classify(ratio: number): string {
  if (ratio < 1.3) return "O(log n) or O(1)";
  if (ratio < 2.5) return "O(n) or O(n log n)";
  if (ratio < 5) return "O(n^2)";
  return "worse than O(n^2)";
}

for (const [name, run] of Object.entries(algorithms)) {
  const n = 1 << 16;
  const ratio = run(2 * n) / run(n);
  console.log(`${name.padEnd(14)} ${run(n).toString().padStart(11)} steps, x${ratio.toFixed(2)} -> ${classify(ratio)}`);
}
