// A queue is first in, first out, like a line at a shop.
const line: string[] = [];
line.push("ana"); // join at the back
line.push("ben");
line.push("cleo");

console.log("next up:", line[0]); // peek at the front
let customer: string | undefined;
while ((customer = line.shift()) !== undefined) {
  console.log("serving", customer); // served in arrival order
}
