// Sum the numbers in a nested array.
function deepSum(items) {
  let total = 0;
  for (const item of items) {
    // BUG: a plain number is wrapped as [item] and recursed into again,
    // so no call ever returns without recursing: there is no base case.
    total += deepSum(Array.isArray(item) ? item : [item]);
  }
  return total;
}

console.log(deepSum([1, [2, 3], [[4]]]));
