// A generic function keeps the caller's element type in its result.
function maxBy<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) {
      best = item;
      bestScore = s;
    }
  }
  return best;
}

// A function type makes every validator share one contract.
type Validator = (value: string) => string | null;

const required: Validator = (v) => (v.trim() === "" ? "is required" : null);
// A function that builds and returns a function.
const maxLength = (n: number): Validator => (v) => (v.length > n ? `must be at most ${n} characters` : null);

function validate(value: string, ...rules: Validator[]): string[] {
  const errors: string[] = [];
  for (const rule of rules) {
    const error = rule(value);
    if (error !== null) errors.push(error);
  }
  return errors;
}

// A labelled tuple return type documents both results.
function divide(a: number, b: number): [quotient: number, remainder: number] {
  if (b === 0) throw new RangeError("division by zero");
  return [Math.trunc(a / b), a % b];
}

const people = [{ name: "Ada", age: 36 }, { name: "Alan", age: 41 }];
console.log(maxBy(people, (p) => p.age)?.name);
console.log(validate("", required, maxLength(5)));
console.log(validate("a very long name", required, maxLength(5)));
const [q, r] = divide(17, 5);
console.log(`17 = 5 * ${q} + ${r}`);
