// const names a value that is never reassigned; let one that can change.
const name = "Ada";      // string
let age = 36;            // number
const height = 1.65;     // also number: JavaScript has one number type
const isStudent = false; // boolean

console.log(`${name} is ${age} years old and ${height} m tall`);
console.log(typeof name, typeof age, typeof height, typeof isStudent);

age = age + 1;
console.log("Next year:", age);

// Convert text to a number explicitly; "42" + 8 would give "428".
const text = "42";
console.log(Number(text) + 8);
