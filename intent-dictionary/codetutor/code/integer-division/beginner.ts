// TypeScript numbers are JavaScript numbers: "/" keeps the fraction.
console.log(7 / 2);             // 3.5
console.log(Math.floor(7 / 2)); // 3: drop the fraction yourself
console.log(7 % 2);             // 1: remainder

// An array index must be a whole number, so round explicitly.
const names: string[] = ["Ada", "Alan", "Grace", "Linus", "Ken"];
const middle: number = Math.floor(names.length / 2);
console.log(names[middle]); // Grace

const scores: number[] = [3, 4, 4, 5];
const sum: number = scores.reduce((a, b) => a + b, 0);
console.log(sum / scores.length); // 4
