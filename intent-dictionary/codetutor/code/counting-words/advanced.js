const TEXT = `It was the best of times, it was the worst of times;
it was the age of wisdom, it was the age of foolishness...`;

// Case-insensitive word frequencies, ignoring punctuation.
function wordCounts(text) {
  const counts = new Map();
  // match() returns null when nothing matches, hence the ?? []
  const words = text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  for (const word of words) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

// The k most frequent words; ties broken alphabetically so output is stable.
function topWords(counts, k) {
  return [...counts]
    .sort(([wa, ca], [wb, cb]) => cb - ca || wa.localeCompare(wb))
    .slice(0, k);
}

const counts = wordCounts(TEXT);
let total = 0;
for (const c of counts.values()) total += c;
console.log("distinct words:", counts.size, "total words:", total);
for (const [word, count] of topWords(counts, 6)) {
  console.log(`${word.padEnd(6)} ${String(count).padStart(2)} ${"#".repeat(count)}`);
}
console.log("'python' appears", counts.get("python") ?? 0);
console.log(wordCounts("Don't stop, DON'T!"), wordCounts("...!"));
