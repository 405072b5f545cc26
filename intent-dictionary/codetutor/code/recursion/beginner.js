// factorial(n) = n * (n-1) * ... * 1, and factorial(0) = 1
function factorial(n) {
  if (n <= 1) return 1; // base case: answer directly
  return n * factorial(n - 1); // recursive case: a smaller problem
}

function countdown(n) {
  if (n === 0) {
    console.log("liftoff!");
    return;
  }
  console.log(n);
  countdown(n - 1); // one step closer to 0
}

console.log(factorial(5)); // 120
countdown(3); // 3 2 1 liftoff!
