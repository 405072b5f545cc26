// Print each score with its position. Indexes run from 0 to length - 1.
const scores = [90, 75, 82, 68];

for (let i = 0; i < scores.length; i++) { // "<", never "<=" with length
  console.log(`#${i + 1}: ${scores[i]}`);  // people count from 1
}

// for...of has no index at all, so there is nothing to get wrong.
for (const score of scores) {
  console.log(score);
}

// An inclusive range 1..10 needs "<= 10".
let total = 0;
for (let i = 1; i <= 10; i++) total += i;
console.log(total); // 55
