// Stock levels in a small shop: fruit name -> units in stock
const stock = new Map<string, number>([
  ["apple", 12],
  ["banana", 0],
  ["cherry", 30],
]);

// for...of over a Map yields [key, value] pairs, in insertion order
for (const [fruit, units] of stock) {
  console.log(`${fruit}: ${units} units`);
}

let total = 0;
for (const units of stock.values()) { // only the values
  total += units;
}
console.log("total units:", total);
