const assert = require("node:assert");

const sentence = "the cat saw the dog and the dog ran";

const counts = {};
for (const word of sentence.split(" ")) {
  counts[word] = counts[word] + 1;
}

console.log(counts);
assert.strictEqual(counts.the, 3);
