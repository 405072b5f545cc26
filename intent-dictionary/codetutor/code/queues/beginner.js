// A queue is first in, first out, like a line at a shop.
const line = [];
line.push("ana"); // join at the back
line.push("ben");
line.push("cleo");

console.log("next up:", line[0]); // peek at the front
while (line.length > 0) {
  const customer = line.shift(); // serve from the front
  console.log("serving", customer);
}
