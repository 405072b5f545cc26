// A generic BST set with a comparator, deletion and a lazy in-order iterator.
type Compare<T> = (a: T, b: T) => number;

class BstNode<T> {
  left: BstNode<T> | null = null;
  right: BstNode<T> | null = null;
  constructor(public key: T) {}
}

class TreeSet<T> implements Iterable<T> {
  private root: BstNode<T> | null = null;
  constructor(private readonly compare: Compare<T>) {}

  add(key: T): void { this.root = this.insert(this.root, key); }
  delete(key: T): void { this.root = this.remove(this.root, key); }

  private insert(node: BstNode<T> | null, key: T): BstNode<T> {
    if (node === null) return new BstNode(key);
    const c = this.compare(key, node.key);
    if (c < 0) node.left = this.insert(node.left, key);
    else if (c > 0) node.right = this.insert(node.right, key);
    return node;
  }

  private remove(node: BstNode<T> | null, key: T): BstNode<T> | null {
    if (node === null) return null;
    const c = this.compare(key, node.key);
    if (c < 0) node.left = this.remove(node.left, key);
    else if (c > 0) node.right = this.remove(node.right, key);
    else if (node.left === null || node.right === null) return node.left ?? node.right;
    else {
      let succ: BstNode<T> = node.right; // smallest key in the right subtree
      while (succ.left !== null) succ = succ.left;
      node.key = succ.key;
      node.right = this.remove(node.right, succ.key);
    }
    return node;
  }

  *[Symbol.iterator](): Iterator<T> {
    const stack: BstNode<T>[] = [];
    let node = this.root;
    while (stack.length > 0 || node !== null) {
      for (; node !== null; node = node.left) stack.push(node);
      const top = stack.pop()!;
      yield top.key;
      node = top.right;
    }
  }
}

interface Task { priority: number; name: string }
const tasks = new TreeSet<Task>((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
for (const [priority, name] of [[2, "deploy"], [1, "fix"], [3, "docs"], [1, "alert"]] as const) {
  tasks.add({ priority, name });
}
tasks.delete({ priority: 2, name: "deploy" }); // equal by comparator, not identity
console.log([...tasks].map((t) => `${t.priority}:${t.name}`).join(" "));
