// Evaluate a postfix (Reverse Polish) expression with a stack of operands.
const OPS = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => {
    if (b === 0) throw new RangeError("division by zero");
    return a / b;
  },
};

function evalRpn(expression) {
  const stack = [];
  for (const token of expression.trim().split(/\s+/)) {
    if (token in OPS) {
      if (stack.length < 2) throw new SyntaxError(`'${token}' needs two operands`);
      const right = stack.pop(); // popped first: the right-hand operand
      const left = stack.pop();
      stack.push(OPS[token](left, right));
    } else {
      const value = Number(token);
      if (Number.isNaN(value)) throw new SyntaxError(`bad token '${token}'`);
      stack.push(value);
    }
  }
  if (stack.length !== 1) throw new SyntaxError(`${stack.length} values left on the stack`);
  return stack[0];
}

for (const expr of ["3 4 + 2 *", "10 2 8 * + 3 -", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /"]) {
  try {
    console.log(`${expr.padEnd(20)} = ${evalRpn(expr)}`);
  } catch (err) {
    console.log(`${expr.padEnd(20)} ! ${err.message}`);
  }
}
