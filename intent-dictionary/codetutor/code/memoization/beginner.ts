const cache = new Map<number, number>(); // n -> fib(n)

function fib(n: number): number {
  const known = cache.get(n);
  if (known !== undefined) return known; // already solved: reuse it
  const result = n < 2 ? n : fib(n - 1) + fib(n - 2);
  cache.set(n, result); // remember it for next time
  return result;
}

console.log(fib(10)); // 55
console.log(fib(70)); // 190392490709135, instantly
