function factorial(n) {
  if (n <= 1) return 1; // base case: the answer is known, stop recursing
  return n * factorial(n - 1); // recursive case: a SMALLER problem
}

function countdown(n) {
  if (n < 0) return; // "< 0" instead of "=== 0": safe even for odd steps
  console.log(n);
  countdown(n - 2);
}

console.log(factorial(5)); // 120
countdown(5); // 5 3 1
