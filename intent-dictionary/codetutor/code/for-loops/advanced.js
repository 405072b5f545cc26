const orders = [
  { customer: "ada", total: 40 },
  { customer: "linus", total: 15 },
  { customer: "ada", total: 25 },
  { customer: "grace", total: 60 },
];

// Group in a single pass: O(n) rather than one filter per customer.
const byCustomer = new Map();
for (const { customer, total } of orders) {
  byCustomer.set(customer, (byCustomer.get(customer) ?? 0) + total);
}
for (const [customer, total] of byCustomer) {
  console.log(`${customer.padEnd(6)} ${total}`);
}

// Walk backwards when removing by index, so unvisited indexes do not shift.
const queue = [3, 8, 1, 9, 4];
for (let i = queue.length - 1; i >= 0; i--) {
  if (queue[i] > 5) queue.splice(i, 1);
}
console.log(queue);

// for...of visits Unicode code points; an index loop visits UTF-16 code units.
const word = "hi👋";
let units = 0;
for (let i = 0; i < word.length; i++) units++;
let points = 0;
for (const ch of word) points++;
console.log(`code units: ${units}, characters: ${points}`);

// for...in yields keys as strings: fine for plain objects, a trap for arrays.
for (const key in ["a", "b"]) {
  console.log(typeof key, key);
}
