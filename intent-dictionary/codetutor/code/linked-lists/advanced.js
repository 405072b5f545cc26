// An LRU cache: a Map for O(1) lookup plus a doubly linked list for O(1) reordering.
class LRUCache {
  constructor(capacity) {
    if (capacity < 1) throw new RangeError("capacity must be at least 1");
    this.capacity = capacity;
    this.nodes = new Map(); // key -> node
    // Sentinel nodes remove the "is this the first/last node?" special cases.
    this.head = { prev: null, next: null };
    this.tail = { prev: this.head, next: null };
    this.head.next = this.tail;
  }

  #unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  #pushFront(node) {
    node.prev = this.head;
    node.next = this.head.next;
    this.head.next.prev = node;
    this.head.next = node;
  }

  get(key) {
    const node = this.nodes.get(key);
    if (!node) return undefined;
    this.#unlink(node); // most recently used moves to the front
    this.#pushFront(node);
    return node.value;
  }

  put(key, value) {
    const existing = this.nodes.get(key);
    if (existing) this.#unlink(existing);
    const node = { key, value, prev: null, next: null };
    this.nodes.set(key, node);
    this.#pushFront(node);
    if (this.nodes.size > this.capacity) {
      const lru = this.tail.prev; // least recently used sits at the back
      this.#unlink(lru);
      this.nodes.delete(lru.key);
    }
  }

  keys() {
    const out = [];
    for (let n = this.head.next; n !== this.tail; n = n.next) out.push(n.key);
    return out;
  }
}

const cache = new LRUCache(2);
cache.put("a", 1);
cache.put("b", 2);
cache.get("a"); // touch a, so b becomes least recently used
cache.put("c", 3); // evicts b
console.log("keys, most recent first:", cache.keys());
console.log("b:", cache.get("b"), "a:", cache.get("a"));
