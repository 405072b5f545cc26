class TreeNode {
  left: TreeNode | null = null;
  right: TreeNode | null = null;
  constructor(public key: number) {}
}

function insert(node: TreeNode | null, key: number): TreeNode {
  if (node === null) return new TreeNode(key); // base case: empty spot
  if (key < node.key) node.left = insert(node.left, key);
  else node.right = insert(node.right, key);
  return node;
}

function inOrder(node: TreeNode | null, out: number[]): number[] {
  if (node === null) return out; // base case: empty subtree adds nothing
  inOrder(node.left, out); // all smaller keys first
  out.push(node.key);
  inOrder(node.right, out); // then all larger keys
  return out;
}

let root: TreeNode | null = null;
for (const key of [50, 30, 70, 20, 40, 60]) root = insert(root, key);
console.log(inOrder(root, []).join(" ")); // the keys in sorted order
