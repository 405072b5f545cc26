// A BST keyed by a comparator, with range queries and floor lookups.
class TreeMap {
  #root = null;
  #size = 0;

  constructor(compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0)) {
    this.compare = compare;
  }

  get size() { return this.#size; }

  set(key, value) {
    let parent = null;
    let node = this.#root;
    let c = 0;
    while (node !== null) {
      c = this.compare(key, node.key);
      if (c === 0) { node.value = value; return; } // replace existing
      parent = node;
      node = c < 0 ? node.left : node.right;
    }
    const fresh = { key, value, left: null, right: null };
    if (parent === null) this.#root = fresh;
    else if (c < 0) parent.left = fresh;
    else parent.right = fresh;
    this.#size++;
  }

  /** Largest key <= key, or undefined. O(height). */
  floor(key) {
    let node = this.#root;
    let best;
    while (node !== null) {
      const c = this.compare(key, node.key);
      if (c === 0) return node.key;
      if (c < 0) node = node.left;
      else { best = node.key; node = node.right; }
    }
    return best;
  }

  /** Entries with lo <= key <= hi, skipping subtrees that cannot match. */
  *range(lo, hi, node = this.#root) {
    if (node === null) return;
    if (this.compare(lo, node.key) < 0) yield* this.range(lo, hi, node.left);
    if (this.compare(lo, node.key) <= 0 && this.compare(node.key, hi) <= 0) yield [node.key, node.value];
    if (this.compare(node.key, hi) < 0) yield* this.range(lo, hi, node.right);
  }
}

const prices = new TreeMap();
for (const [time, price] of [[900, 101], [930, 99], [1000, 104], [1030, 103], [1100, 107]]) {
  prices.set(time, price);
}
console.log("latest tick at or before 1015:", prices.floor(1015));
console.log("10:00 to 11:00:", [...prices.range(1000, 1100)]);

const byLength = new TreeMap((a, b) => a.length - b.length || a.localeCompare(b));
for (const w of ["pear", "fig", "banana", "kiwi"]) byLength.set(w, true);
console.log("words of 4 letters:", [...byLength.range("aaaa", "zzzz")].map(([w]) => w));
