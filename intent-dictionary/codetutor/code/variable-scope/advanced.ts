interface Counter {
  readonly label: string;
  next(): number;
}

// `current` lives on after makeCounter returns, captured by the closure.
function makeCounter(label: string, step = 1): Counter {
  let current = 0;
  return { label, next: () => (current += step) };
}

// The cache is private to each memoized function: nothing else can touch it.
function memoize<A, R>(fn: (arg: A) => R): (arg: A) => R {
  const cache = new Map<A, R>();
  return (arg: A): R => {
    if (cache.has(arg)) return cache.get(arg) as R;
    const result = fn(arg);
    cache.set(arg, result);
    return result;
  };
}

// Dependencies come in as parameters rather than being read from globals.
function priceWithTax(net: number, taxRate: number): number {
  const gross = net * (1 + taxRate); // local to this call
  return Math.round(gross * 100) / 100;
}

const pages = makeCounter("pages");
const words = makeCounter("words", 250);
pages.next();
words.next();
console.log(`${pages.label}=${pages.next()} ${words.label}=${words.next()}`);

let calls = 0;
const slowSquare = memoize((n: number): number => {
  calls++;
  return n * n;
});
console.log(slowSquare(12), slowSquare(12), `computed ${calls} time(s)`);

console.log(priceWithTax(19.99, 0.2));

// A narrowed `let` is not trusted inside a callback, which might run after a reassignment.
let maybe: string | null = "ready";
if (maybe !== null) {
  const known = maybe; // copy into a const so the closure keeps the narrowed type
  setTimeout(() => console.log(known.toUpperCase()), 0);
}
maybe = null;
