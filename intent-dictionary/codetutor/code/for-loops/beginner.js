const fruits = ["apple", "banana", "cherry"];

// for...of gives each value in turn.
for (const fruit of fruits) {
  console.log("I like", fruit);
}

// The classic counting loop: start; keep going while; step.
let total = 0;
for (let n = 1; n <= 5; n++) {
  total += n;
}
console.log("Sum of 1 to 5:", total);

// entries() gives the index as well as the value.
for (const [index, fruit] of fruits.entries()) {
  console.log(index + 1, fruit);
}
