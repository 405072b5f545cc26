// A small generic stack with a typed, safe API.
class Stack<T> {
  private readonly items: T[] = [];

  push(item: T): void { this.items.push(item); }
  pop(): T | undefined { return this.items.pop(); }
  peek(): T | undefined { return this.items[this.items.length - 1]; }
  get size(): number { return this.items.length; }
}

const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

type CheckResult = { ok: true } | { ok: false; position: number; reason: string };

function checkBrackets(text: string): CheckResult {
  const stack = new Stack<{ ch: string; pos: number }>();
  for (let pos = 0; pos < text.length; pos++) {
    const ch = text[pos];
    if ("([{".includes(ch)) {
      stack.push({ ch, pos });
    } else if (ch in CLOSERS) {
      const top = stack.pop();
      if (top === undefined) return { ok: false, position: pos, reason: `unexpected '${ch}'` };
      if (top.ch !== CLOSERS[ch]) {
        return { ok: false, position: pos, reason: `'${ch}' does not close '${top.ch}'` };
      }
    }
  }
  const open = stack.peek();
  return open ? { ok: false, position: open.pos, reason: `'${open.ch}' never closed` } : { ok: true };
}

for (const sample of ["f(a[i], {k: v})", "(]", "print(x))", "{[()"]) {
  const r = checkBrackets(sample);
  console.log(sample.padEnd(18), r.ok ? "balanced" : `error at ${r.position}: ${r.reason}`);
}
