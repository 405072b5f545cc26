// Add up the prices in a shopping cart.
const cart = [
  { item: "pen", price: 2 },
  { item: "book", price: 12 },
  { item: "bag", price: 30 },
];

let total = 0;
for (let i = 0; i < cart.length; i++) { // last valid index is length - 1
  total += cart[i].price;
}
console.log(total); // 44
