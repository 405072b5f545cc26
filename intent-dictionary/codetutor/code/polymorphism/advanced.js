// An arithmetic expression tree: every node type knows how to evaluate and render itself.
class Num {
  constructor(value) { this.value = value; }
  evaluate() { return this.value; }
  render() { return String(this.value); }
}

class Var {
  constructor(name) { this.name = name; }
  evaluate(env) {
    if (!env.has(this.name)) throw new ReferenceError(`unbound variable ${this.name}`);
    return env.get(this.name);
  }
  render() { return this.name; }
}

class BinOp {
  static OPS = { "+": (a, b) => a + b, "-": (a, b) => a - b, "*": (a, b) => a * b };

  constructor(symbol, left, right) {
    if (!(symbol in BinOp.OPS)) throw new SyntaxError(`unknown operator ${symbol}`);
    Object.assign(this, { symbol, left, right });
  }

  // Children evaluate themselves: no type checks, no switch on node kinds.
  evaluate(env) {
    return BinOp.OPS[this.symbol](this.left.evaluate(env), this.right.evaluate(env));
  }

  render() { return `(${this.left.render()} ${this.symbol} ${this.right.render()})`; }
}

// Duck typing: anything with evaluate() and render() can join the tree.
const half = { evaluate: (env) => env.get("x") / 2, render: () => "x/2" };

const expr = new BinOp("+", new BinOp("*", new Num(2), new Var("x")), half);
console.log(expr.render(), "=", expr.evaluate(new Map([["x", 5]])));
try {
  expr.evaluate(new Map());
} catch (err) {
  console.log(`${err.name}: ${err.message}`);
}
