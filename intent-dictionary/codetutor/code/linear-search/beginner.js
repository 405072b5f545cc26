// Linear search: check each item in turn until one matches.
function linearSearch(items, target) {
  for (let i = 0; i < items.length; i++) {
    if (items[i] === target) return i; // found: stop early
  }
  return -1; // looked at every item, no match
}

const fruits = ["pear", "apple", "fig", "apple"]; // order does not matter
console.log(linearSearch(fruits, "apple")); // 1
console.log(linearSearch(fruits, "kiwi")); // -1
