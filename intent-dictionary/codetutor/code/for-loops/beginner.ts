const fruits: string[] = ["apple", "banana", "cherry"];

// for...of gives each value in turn; fruit is typed as string.
for (const fruit of fruits) {
  console.log(`I like ${fruit}`);
}

// The classic counting loop: start; keep going while; step.
let total: number = 0;
for (let n = 1; n <= 5; n++) {
  total += n;
}
console.log(`Sum of 1 to 5: ${total}`);

for (const [index, fruit] of fruits.entries()) {
  console.log(`${index + 1} ${fruit}`);
}
