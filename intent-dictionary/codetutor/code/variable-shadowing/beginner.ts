// let and const are block scoped: an inner declaration hides the outer one.
let score: number = 10;

if (score > 5) {
  const score: string = "ninety-nine"; // a NEW variable, even a new type
  console.log(score); // ninety-nine
}
console.log(score); // 10: the outer variable was never changed

// To change the outer variable, assign without let/const.
if (score > 5) {
  score += 1;
}
console.log(score); // 11
