const cache = new Map(); // remembers answers: n -> fib(n)

function fib(n) {
  if (cache.has(n)) return cache.get(n); // already solved? reuse it
  const result = n < 2 ? n : fib(n - 1) + fib(n - 2);
  cache.set(n, result); // write it down for next time
  return result;
}

console.log(fib(10)); // 55
console.log(fib(70)); // 190392490709135, instantly
