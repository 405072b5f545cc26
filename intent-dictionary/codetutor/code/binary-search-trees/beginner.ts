// Each node: smaller keys go left, larger keys go right.
type Tree = { key: number; left: Tree; right: Tree } | null;

function insert(node: Tree, key: number): Tree {
  if (node === null) return { key, left: null, right: null };
  if (key < node.key) node.left = insert(node.left, key);
  else if (key > node.key) node.right = insert(node.right, key);
  return node; // equal keys are ignored
}

function contains(node: Tree, key: number): boolean {
  while (node !== null && node.key !== key) {
    node = key < node.key ? node.left : node.right; // skip half the tree
  }
  return node !== null;
}

// Left subtree, node, right subtree: the keys come out sorted.
const inOrder = (node: Tree): number[] =>
  node === null ? [] : [...inOrder(node.left), node.key, ...inOrder(node.right)];

let root: Tree = null;
for (const key of [50, 30, 70, 20, 40, 60]) root = insert(root, key);
console.log("sorted:", inOrder(root), "has 40?", contains(root, 40), "has 45?", contains(root, 45));
