const greeting = "Hello"; // top-level: visible everywhere in this file

function welcome(name) {
  const message = `${greeting}, ${name}!`; // local to welcome()
  return message;
}

console.log(welcome("Ada"));
// console.log(message); // ReferenceError: message is not defined

if (greeting.length > 3) {
  const inside = "only inside these braces"; // let and const are block-scoped
  console.log(inside);
}
// console.log(inside); // ReferenceError here too
