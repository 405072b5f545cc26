// Parameter and return types are part of the function's contract.
function greet(name: string): string {
  return `Hello, ${name}!`;
}

const area = (width: number, height: number): number => width * height;

console.log(greet("Ada"));
console.log(greet("Grace"));

const room: number = area(3, 4); // the returned value can be stored and reused
console.log(`Room area: ${room}`);
console.log(`Both rooms: ${room + area(5, 5)}`);
// area("3", 4); // compile error: a string is not a number
