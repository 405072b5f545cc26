// A recursive type gets a recursive function: one case per variant.

type Expr =
  | { kind: "num"; value: number }
  | { kind: "add"; left: Expr; right: Expr }
  | { kind: "mul"; left: Expr; right: Expr };

function evaluate(e: Expr): number {
  switch (e.kind) {
    case "num":
      return e.value; // base case: no sub-expressions
    case "add":
      return evaluate(e.left) + evaluate(e.right);
    case "mul":
      return evaluate(e.left) * evaluate(e.right);
    default: {
      // If a new kind is added without a case, this line stops compiling.
      const unreachable: never = e;
      throw new Error(`unknown expression ${JSON.stringify(unreachable)}`);
    }
  }
}

const num = (value: number): Expr => ({ kind: "num", value });
// (2 + 3) * 4
const expr: Expr = { kind: "mul", left: { kind: "add", left: num(2), right: num(3) }, right: num(4) };
console.log(evaluate(expr)); // 20

// Binary search: the empty range is the base case, and each call
// strictly shrinks the range, so it must terminate.
function search(xs: readonly number[], target: number, lo = 0, hi = xs.length): number {
  if (lo >= hi) return -1;
  const mid = (lo + hi) >>> 1;
  if (xs[mid] === target) return mid;
  return xs[mid] < target ? search(xs, target, mid + 1, hi) : search(xs, target, lo, mid);
}
console.log(search([1, 3, 5, 7, 9], 7), search([1, 3, 5], 4)); // 3 -1
