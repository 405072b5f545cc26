// const: the name can never be pointed at a different value.
const DAYS_PER_WEEK = 7;
const TAX_RATE = 0.2;

const weeks = 3;
console.log("Days:", weeks * DAYS_PER_WEEK);
console.log("Price with tax:", (50 * (1 + TAX_RATE)).toFixed(2));
// DAYS_PER_WEEK = 8; // TypeError: Assignment to constant variable.

// let is for values that really do change.
let count = 0;
count += 1;
console.log("count:", count);

// Strings are immutable: toUpperCase returns a new string.
const word = "ada";
console.log(word.toUpperCase(), word);
