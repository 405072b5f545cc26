const assert = require("node:assert");

function letterGrade(score) {
  if (score >= 60) {
    return "D";
  } else if (score >= 70) {
    return "C";
  } else if (score >= 80) {
    return "B";
  } else if (score >= 90) {
    return "A";
  }
  return "F";
}

assert.strictEqual(letterGrade(95), "A");
assert.strictEqual(letterGrade(72), "C");
assert.strictEqual(letterGrade(40), "F");
console.log("all grades correct");
