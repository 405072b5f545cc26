// A bounded, generic ring-buffer queue with O(1) operations.
class BoundedQueue<T> {
  private readonly slots: (T | undefined)[];
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity <= 0) throw new RangeError("capacity must be positive");
    this.slots = new Array<T | undefined>(capacity);
  }

  get size(): number { return this.count; }

  /** Returns false instead of growing when full: callers must handle backpressure. */
  offer(item: T): boolean {
    if (this.count === this.capacity) return false;
    this.slots[(this.head + this.count) % this.capacity] = item;
    this.count++;
    return true;
  }

  poll(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.slots[this.head];
    this.slots[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.count--;
    return item;
  }
}

interface Message { id: number; body: string }

const inbox = new BoundedQueue<Message>(3);
let rejected = 0;
for (let id = 1; id <= 5; id++) {
  if (!inbox.offer({ id, body: `event ${id}` })) rejected++;
}
console.log(`queued ${inbox.size}, rejected ${rejected}`);

const first = inbox.poll();
console.log("processed:", first?.body);
inbox.offer({ id: 6, body: "event 6" }); // reuses the freed slot

let msg: Message | undefined;
while ((msg = inbox.poll()) !== undefined) console.log("processed:", msg.body);
