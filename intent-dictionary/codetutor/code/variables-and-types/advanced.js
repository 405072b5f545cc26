// Parse untrusted text into a number, rejecting anything ambiguous.
function toInteger(text) {
  const n = Number(text);
  if (text.trim() === "" || !Number.isInteger(n)) {
    throw new TypeError(`not an integer: ${JSON.stringify(text)}`);
  }
  return n;
}

for (const input of ["42", " 7 ", "3.5", "", "12abc"]) {
  try {
    console.log(`${JSON.stringify(input)} -> ${toInteger(input)}`);
  } catch (err) {
    console.log(err.message);
  }
}

// parseInt is lenient: it silently stops at the first non-digit.
console.log(parseInt("12abc", 10)); // 12

// Every number is a 64-bit float, exact for integers only up to 2^53 - 1.
console.log(Number.MAX_SAFE_INTEGER + 2); // prints ...992, not ...993
console.log(2n ** 64n);                   // bigint stays exact

// Money: count integer cents instead of adding binary fractions.
console.log(0.1 + 0.2, (10 + 20) / 100);

// typeof has quirks: arrays and null both report "object".
console.log(typeof [], Array.isArray([]), typeof null);
