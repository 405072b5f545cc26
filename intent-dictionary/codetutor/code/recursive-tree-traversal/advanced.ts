// A generic BST node: any key type works if we are given a compare function.
class TreeNode<K> {
  left: TreeNode<K> | null = null;
  right: TreeNode<K> | null = null;
  constructor(public readonly key: K) {}
}

type Compare<K> = (a: K, b: K) => number;

function insert<K>(node: TreeNode<K> | null, key: K, cmp: Compare<K>): TreeNode<K> {
  if (node === null) return new TreeNode(key);
  const c = cmp(key, node.key);
  if (c < 0) node.left = insert(node.left, key, cmp);
  else if (c > 0) node.right = insert(node.right, key, cmp); // duplicates ignored
  return node;
}

// Yields keys lazily in sorted order, so callers can stop early.
function* inOrder<K>(node: TreeNode<K> | null): Generator<K> {
  if (node === null) return;
  yield* inOrder(node.left);
  yield node.key;
  yield* inOrder(node.right);
}

// Keys in [lo, hi], skipping subtrees that cannot contain any.
function inRange<K>(node: TreeNode<K> | null, lo: K, hi: K, cmp: Compare<K>, out: K[] = []): K[] {
  if (node === null) return out;
  if (cmp(lo, node.key) < 0) inRange(node.left, lo, hi, cmp, out);
  if (cmp(lo, node.key) <= 0 && cmp(node.key, hi) <= 0) out.push(node.key);
  if (cmp(node.key, hi) < 0) inRange(node.right, lo, hi, cmp, out);
  return out;
}

function height<K>(node: TreeNode<K> | null): number {
  return node === null ? 0 : 1 + Math.max(height(node.left), height(node.right));
}

const byText: Compare<string> = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
let root: TreeNode<string> | null = null;
for (const word of ["mango", "fig", "pear", "apple", "kiwi", "plum", "fig"]) {
  root = insert(root, word, byText);
}
console.log("sorted:", [...inOrder(root)]);
console.log("from g to p:", inRange(root, "g", "p", byText));
console.log("height:", height(root));
