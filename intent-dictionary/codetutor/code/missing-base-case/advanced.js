// Recursion that always terminates: base cases first, progress every call.

// Tree depth: the empty tree is the base case.
function depth(node) {
  if (node == null) return 0;
  return 1 + Math.max(depth(node.left), depth(node.right));
}

const tree = { value: 1, left: { value: 2, left: null, right: { value: 3 } }, right: null };
console.log(depth(tree)); // 3

// Validate input BEFORE recursing, or a bad argument never reaches the base case.
function power(base, exp) {
  if (!Number.isInteger(exp) || exp < 0) {
    throw new RangeError(`exp must be a non-negative integer, got ${exp}`);
  }
  if (exp === 0) return 1; // base case
  const half = power(base, Math.floor(exp / 2)); // O(log n) depth
  return exp % 2 === 0 ? half * half : half * half * base;
}
console.log(power(2, 10)); // 1024
try {
  power(2, 1.5);
} catch (err) {
  console.log(err.message); // exp must be a non-negative integer, got 1.5
}

// Cycles: a graph walk needs a "visited" base case or it never ends.
function reachable(graph, start, seen = new Set()) {
  if (seen.has(start)) return seen; // base case for cycles
  seen.add(start);
  for (const next of graph[start] ?? []) reachable(graph, next, seen);
  return seen;
}
const graph = { a: ["b"], b: ["c"], c: ["a"] }; // a -> b -> c -> a
console.log([...reachable(graph, "a")]); // [ 'a', 'b', 'c' ]

// Very deep input: iterate instead (JS engines do not eliminate tail calls).
function sumTo(n) {
  let total = 0;
  for (let i = 1; i <= n; i++) total += i;
  return total;
}
console.log(sumTo(1e6)); // 500000500000
