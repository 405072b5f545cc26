// Count down while the number is still above zero.
let count: number = 5;
while (count > 0) {
  console.log(count);
  count--; // without this line the loop would never end
}
console.log("Lift off!");

// Keep doubling until we pass 100: we don't know the number of steps in advance.
let value: number = 1;
let steps: number = 0;
while (value < 100) {
  value *= 2;
  steps++;
}
console.log(`${steps} doublings reach ${value}`);
