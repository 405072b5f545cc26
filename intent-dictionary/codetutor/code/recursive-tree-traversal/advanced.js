class Node {
  constructor(key, left = null, right = null) {
    Object.assign(this, { key, left, right });
  }
}

function insert(node, key) {
  if (node === null) return new Node(key);
  if (key < node.key) node.left = insert(node.left, key);
  else if (key > node.key) node.right = insert(node.right, key); // duplicates ignored
  return node;
}

// A generator: yields keys lazily in sorted order, so callers can stop early.
function* inOrder(node) {
  if (node === null) return;
  yield* inOrder(node.left);
  yield node.key;
  yield* inOrder(node.right);
}

// Keys in [lo, hi], skipping subtrees that cannot contain any.
function inRange(node, lo, hi, out = []) {
  if (node === null) return out;
  if (lo < node.key) inRange(node.left, lo, hi, out);
  if (lo <= node.key && node.key <= hi) out.push(node.key);
  if (node.key < hi) inRange(node.right, lo, hi, out);
  return out;
}

const height = (node) => (node === null ? 0 : 1 + Math.max(height(node.left), height(node.right)));

let root = null;
for (const key of [50, 30, 70, 20, 40, 60, 80, 30]) root = insert(root, key);
console.log("sorted:", [...inOrder(root)].join(" "));
const firstThree = [];
for (const key of inOrder(root)) {
  if (firstThree.push(key) === 3) break; // the rest of the tree is never visited
}
console.log("first three:", firstThree);
console.log("in [35, 65]:", inRange(root, 35, 65));
console.log("height:", height(root));
