// Assigning an object or array copies the REFERENCE: one array, two names.
const original = [1, 2, 3];
const alias = original;
alias.push(4);
console.log(original);           // [ 1, 2, 3, 4 ]: changed through the alias
console.log(alias === original); // true

// Spread (or slice) makes a separate array.
const copy = [...original];
copy.push(5);
console.log(original); // [ 1, 2, 3, 4 ]: unchanged
console.log(copy);     // [ 1, 2, 3, 4, 5 ]
