function cartTotal(prices) {
  const total = 0;
  for (const price of prices) {
    total += price;
  }
  return total;
}

console.log("total:", cartTotal([3, 4, 5]));
