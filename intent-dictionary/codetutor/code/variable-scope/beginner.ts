const greeting: string = "Hello"; // top-level: visible everywhere in this file

function welcome(person: string): string {
  const message = `${greeting}, ${person}!`; // local to welcome()
  return message;
}

console.log(welcome("Ada"));
// console.log(message); // compile error: Cannot find name 'message'.

if (greeting.length > 3) {
  const inside: string = "only inside these braces"; // block-scoped
  console.log(inside);
}
// console.log(inside); // compile error here too
