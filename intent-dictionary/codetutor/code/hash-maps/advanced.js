// Counting and grouping with Map, plus the object-key identity pitfall.
function countWords(text) {
  const counts = new Map();
  for (const word of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1); // O(1) average per update
  }
  return counts;
}

function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
}

const counts = countWords("The cat and the hat; the END.");
const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log("top word:", top[0]);

console.log(groupBy(["apple", "avocado", "banana", "blueberry", "cherry"], (w) => w[0]));

// Object keys are compared by identity, not by contents.
const byObject = new Map([[{ x: 1, y: 2 }, "treasure"]]);
console.log("object key lookup:", byObject.get({ x: 1, y: 2 })); // a different object
// A value-based string key fixes it.
const byString = new Map([["1,2", "treasure"]]);
const key = (p) => `${p.x},${p.y}`;
console.log("string key lookup:", byString.get(key({ x: 1, y: 2 })));
