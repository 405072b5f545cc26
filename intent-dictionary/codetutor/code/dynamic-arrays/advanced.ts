// A generic growable array on top of fixed-size storage, doubling when full.
class DynamicArray<T> {
  private slots: (T | undefined)[] = new Array<T | undefined>(1);
  private size = 0;
  moves = 0; // elements copied during resizes

  get length(): number { return this.size; }
  get capacity(): number { return this.slots.length; }

  push(item: T): void {
    if (this.size === this.slots.length) this.resize(this.slots.length * 2);
    this.slots[this.size++] = item;
  }

  pop(): T {
    if (this.size === 0) throw new RangeError("pop from empty array");
    const item = this.slots[--this.size] as T;
    this.slots[this.size] = undefined; // release the reference
    if (this.size > 0 && this.size <= this.slots.length / 4) this.resize(this.slots.length / 2);
    return item;
  }

  at(i: number): T {
    if (i < 0 || i >= this.size) throw new RangeError(`index ${i} out of range`);
    return this.slots[i] as T;
  }

  private resize(capacity: number): void {
    const next = new Array<T | undefined>(capacity);
    for (let i = 0; i < this.size; i++) next[i] = this.slots[i];
    this.moves += this.size;
    this.slots = next;
  }
}

const words = new DynamicArray<string>();
for (let n = 0; n < 1000; n++) words.push(`w${n}`);
console.log("length:", words.length, "capacity:", words.capacity, "last:", words.at(999));
console.log("copies per push:", (words.moves / words.length).toFixed(2));
while (words.length > 10) words.pop();
console.log("after pops, capacity:", words.capacity);
