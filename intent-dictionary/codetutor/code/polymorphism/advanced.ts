type Env = ReadonlyMap<string, number>;

// Every node type promises to evaluate and render itself.
interface Expr {
  evaluate(env: Env): number;
  render(): string;
}

class Num implements Expr {
  constructor(readonly value: number) {}
  evaluate(): number { return this.value; } // fewer parameters still fits the interface
  render(): string { return String(this.value); }
}

class Var implements Expr {
  constructor(readonly name: string) {}
  evaluate(env: Env): number {
    const value = env.get(this.name);
    if (value === undefined) throw new ReferenceError(`unbound variable ${this.name}`);
    return value;
  }
  render(): string { return this.name; }
}

const OPS = { "+": (a: number, b: number) => a + b, "*": (a: number, b: number) => a * b };

class BinOp implements Expr {
  constructor(readonly symbol: keyof typeof OPS, readonly left: Expr, readonly right: Expr) {}

  // Children evaluate themselves: no type checks, no switch on node kinds.
  evaluate(env: Env): number {
    return OPS[this.symbol](this.left.evaluate(env), this.right.evaluate(env));
  }

  render(): string { return `(${this.left.render()} ${this.symbol} ${this.right.render()})`; }
}

const expr: Expr = new BinOp("+", new BinOp("*", new Num(2), new Var("x")), new Num(1));
console.log(expr.render(), "=", expr.evaluate(new Map([["x", 5]])));
try {
  expr.evaluate(new Map());
} catch (err) {
  console.log(String(err));
}
