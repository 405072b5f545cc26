// let and const are block scoped: an inner declaration hides the outer one.
let score = 10;

if (score > 5) {
  let score = 99; // a NEW variable that shadows the outer score
  console.log(score); // 99
}
console.log(score); // 10: the outer variable was never changed

// To change the outer variable, assign without let/const.
if (score > 5) {
  score = score + 1;
}
console.log(score); // 11
