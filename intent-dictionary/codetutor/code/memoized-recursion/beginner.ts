const memo = new Map<number, number>(); // n -> fib(n), filled in as we go

function fib(n: number): number {
  if (n < 2) return n; // base cases: fib(0) = 0, fib(1) = 1
  const known = memo.get(n);
  if (known !== undefined) return known; // already solved: reuse it
  const result = fib(n - 1) + fib(n - 2);
  memo.set(n, result); // solve once, remember it
  return result;
}

console.log(fib(10));
console.log(fib(50)); // instant; without the memo this would take minutes
