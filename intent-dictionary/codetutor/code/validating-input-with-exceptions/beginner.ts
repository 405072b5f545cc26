// Turn text into an age, or throw an error if it is not a valid one.
function parseAge(text: string): number {
  const age = Number(text);
  if (!Number.isInteger(age)) {
    throw new TypeError(`age must be a whole number, got "${text}"`);
  }
  if (age < 0 || age > 150) {
    throw new RangeError(`age must be between 0 and 150, got ${age}`);
  }
  return age;
}

for (const text of ["42", "-3", "abc"]) {
  try {
    console.log("ok:", parseAge(text));
  } catch (err: unknown) { // anything can be thrown, so it is typed unknown
    console.log("rejected:", err instanceof Error ? err.message : String(err));
  }
}
