// Quicksort: split around a pivot, then sort each side the same way.
function quicksort(items: number[]): number[] {
  if (items.length <= 1) return items; // base case
  const pivot = items[Math.floor(items.length / 2)];
  const smaller = items.filter((x) => x < pivot);
  const equal = items.filter((x) => x === pivot); // pivot and its duplicates
  const larger = items.filter((x) => x > pivot);
  return [...quicksort(smaller), ...equal, ...quicksort(larger)];
}

console.log(quicksort([3, 8, 5, 1, 9, 2, 7, 5])); // [1, 2, 3, 5, 5, 7, 8, 9]
