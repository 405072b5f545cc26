function factorial(n) {
  if (n === 1) return 1;
  return n * factorial(n - 1);
}

for (const n of [5, 3, 0]) {
  console.log(`${n}! = ${factorial(n)}`);
}
