const fullName = "Ada Lovelace";

console.log(fullName.length);           // 12 characters
console.log(fullName.toUpperCase());    // ADA LOVELACE
console.log(fullName[0], fullName.at(-1)); // first and last character
console.log(fullName.slice(4));         // from index 4: Lovelace

const [first, last] = fullName.split(" ");
console.log(`${last}, ${first}`); // template literals insert values

// Methods return a new string; the original is unchanged.
const shout = fullName.replace("Ada", "ADA");
console.log(shout, "|", fullName);
console.log(fullName.toLowerCase().includes("love")); // true
