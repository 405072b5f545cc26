// factorial(n) = n * (n-1) * ... * 1, and factorial(0) = 1
function factorial(n: number): number {
  if (n <= 1) return 1; // base case: answer directly
  return n * factorial(n - 1); // recursive case: a smaller problem
}

// Sum of an array: first element + sum of the rest.
function sum(items: number[]): number {
  if (items.length === 0) return 0; // base case: empty array
  return items[0] + sum(items.slice(1));
}

console.log(factorial(5)); // 120
console.log(sum([4, 8, 15, 16])); // 43
