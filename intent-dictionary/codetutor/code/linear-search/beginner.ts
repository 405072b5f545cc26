// Linear search: check each item in turn until one matches.
function linearSearch<T>(items: T[], target: T): number {
  for (let i = 0; i < items.length; i++) {
    if (items[i] === target) return i; // found: stop early
  }
  return -1; // no match anywhere
}

const fruits: string[] = ["pear", "apple", "fig", "apple"];
console.log(linearSearch(fruits, "apple")); // 1
console.log(linearSearch(fruits, "kiwi")); // -1
