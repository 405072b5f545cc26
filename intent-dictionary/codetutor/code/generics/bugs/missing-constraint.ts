// Returns the item with the greatest length, or undefined for an empty list.
function longest<T>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (best === undefined || item.length > best.length) {
      best = item;
    }
  }
  return best;
}

console.log(longest(["go", "rust", "java"]));
console.log(longest([[1], [1, 2, 3]]));
