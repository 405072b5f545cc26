const memo = new Map(); // n -> fib(n), filled in as we go

function fib(n) {
  if (n < 2) return n; // base cases: fib(0) = 0, fib(1) = 1
  if (memo.has(n)) return memo.get(n); // already solved: reuse it
  const result = fib(n - 1) + fib(n - 2);
  memo.set(n, result); // solve once, remember it
  return result;
}

console.log(fib(10));
console.log(fib(50)); // instant; without the memo this would take minutes
