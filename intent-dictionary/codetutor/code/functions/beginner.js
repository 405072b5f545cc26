// A function declaration: a name, parameters and a return value.
function greet(name) {
  return `Hello, ${name}!`;
}

// An arrow function stored in a constant does the same job.
const area = (width, height) => width * height;

// Define once, call as often as you like.
console.log(greet("Ada"));
console.log(greet("Grace"));

const room = area(3, 4); // the returned value can be stored and reused
console.log("Room area:", room);
console.log("Both rooms:", room + area(5, 5));
