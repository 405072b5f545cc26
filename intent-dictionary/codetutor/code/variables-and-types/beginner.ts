// TypeScript checks types before the program runs.
const firstName: string = "Ada";
let age: number = 36;
const isStudent: boolean = false;
let nickname = "Countess"; // type inferred as string

console.log(`${firstName} is ${age} years old; student: ${isStudent}`);
age += 1;
console.log(`Next year: ${age}`);

// nickname = 5; // compile error: Type 'number' is not assignable to type 'string'.
nickname = nickname.toUpperCase();
console.log(nickname);

const parsed: number = Number("42");
console.log(parsed + 8);
