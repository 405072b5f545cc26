// A ring-buffer queue: O(1) enqueue and dequeue, unlike Array#shift which is O(n).
class Queue {
  #items = new Array(4);
  #head = 0; // index of the front item
  #size = 0;

  get size() { return this.#size; }

  enqueue(item) {
    if (this.#size === this.#items.length) this.#grow();
    this.#items[(this.#head + this.#size) % this.#items.length] = item;
    this.#size++;
  }

  dequeue() {
    if (this.#size === 0) throw new RangeError("dequeue from empty queue");
    const item = this.#items[this.#head];
    this.#items[this.#head] = undefined; // let the item be garbage-collected
    this.#head = (this.#head + 1) % this.#items.length;
    this.#size--;
    return item;
  }

  peek() { return this.#size === 0 ? undefined : this.#items[this.#head]; }

  #grow() {
    const bigger = new Array(this.#items.length * 2);
    for (let i = 0; i < this.#size; i++) {
      bigger[i] = this.#items[(this.#head + i) % this.#items.length]; // unwrap in order
    }
    this.#items = bigger;
    this.#head = 0;
  }
}

const q = new Queue();
for (let id = 1; id <= 6; id++) q.enqueue(`job-${id}`);
console.log("dequeued:", q.dequeue(), q.dequeue());
q.enqueue("job-7"); // wraps around into the freed slots
const order = [];
while (q.size > 0) order.push(q.dequeue());
console.log("remaining order:", order.join(" "));

const big = new Queue();
for (let i = 0; i < 100000; i++) big.enqueue(i);
let sum = 0;
while (big.size > 0) sum += big.dequeue();
console.log("sum of 100000 items:", sum);
