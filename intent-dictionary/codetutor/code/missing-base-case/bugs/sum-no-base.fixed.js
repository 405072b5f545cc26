// Sum the numbers in a nested array.
function deepSum(items) {
  let total = 0;
  for (const item of items) {
    // Base case: a number is added directly; only arrays recurse.
    total += Array.isArray(item) ? deepSum(item) : item;
  }
  return total;
}

console.log(deepSum([1, [2, 3], [[4]]])); // 10
