// Remove the failing scores from an array.
const scores: number[] = [45, 80, 30, 30, 95];

// Safe: filter() builds a NEW array and leaves the original alone.
const passing: number[] = scores.filter((s) => s >= 50);
console.log(passing); // [ 80, 95 ]

// Safe in place: walk backwards, so splice() never shifts an
// element you have not visited yet.
for (let i = scores.length - 1; i >= 0; i--) {
  if (scores[i] < 50) scores.splice(i, 1);
}
console.log(scores); // [ 80, 95 ]
