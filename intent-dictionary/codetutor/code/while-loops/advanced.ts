type Token = { kind: "num"; value: number } | { kind: "op"; value: string };

// A hand-written scanner: the position moves forward on every pass, so the loop ends.
function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " ") {
      i++;
    } else if (ch >= "0" && ch <= "9") {
      let end = i;
      while (end < src.length && src[end] >= "0" && src[end] <= "9") end++;
      tokens.push({ kind: "num", value: Number(src.slice(i, end)) });
      i = end;
    } else if ("+-*/()".includes(ch)) {
      tokens.push({ kind: "op", value: ch });
      i++;
    } else {
      throw new SyntaxError(`unexpected '${ch}' at position ${i}`);
    }
  }
  return tokens;
}

// Generic binary search: the first index whose item is not less than target.
function lowerBound<T>(items: readonly T[], target: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(items[mid], target) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

console.log(tokenize("12 + 3*(40 - 7)").map((t) => t.value).join(" | "));
try {
  tokenize("2 ^ 3");
} catch (err) {
  console.log((err as Error).message);
}
const words = ["apple", "banana", "cherry", "plum"];
console.log(lowerBound(words, "blueberry", (a, b) => a.localeCompare(b)));
