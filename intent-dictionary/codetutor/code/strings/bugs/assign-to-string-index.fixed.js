const assert = require("node:assert");

function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

assert.strictEqual(capitalize("ada"), "Ada");
console.log(capitalize("grace"));
