const assert = require("node:assert");

class Node {
  constructor(key) {
    this.key = key;
    this.left = null;
    this.right = null;
  }
}

function insert(node, key) {
  if (node === null) return new Node(key);
  if (key < node.key) node.left = insert(node.left, key); // attach the new subtree
  else if (key > node.key) node.right = insert(node.right, key);
  return node;
}

function contains(node, key) {
  while (node !== null && node.key !== key) {
    node = key < node.key ? node.left : node.right;
  }
  return node !== null;
}

let root = null;
for (const key of [8, 3, 10, 1]) root = insert(root, key);
assert.ok(contains(root, 3), "expected 3 in the tree");
console.log("all keys found");
