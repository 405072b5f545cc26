const assert = require("node:assert");

function capitalize(word) {
  word[0] = word[0].toUpperCase();
  return word;
}

assert.strictEqual(capitalize("ada"), "Ada");
console.log(capitalize("grace"));
