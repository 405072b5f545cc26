// A growable array on top of a fixed-size typed array, doubling when full.
class IntVector {
  #data = new Int32Array(1);
  #size = 0;
  moves = 0; // elements copied during resizes

  get length() { return this.#size; }
  get capacity() { return this.#data.length; }

  push(value) {
    if (this.#size === this.#data.length) this.#resize(this.#data.length * 2);
    this.#data[this.#size++] = value;
  }

  pop() {
    if (this.#size === 0) throw new RangeError("pop from empty vector");
    const value = this.#data[--this.#size];
    if (this.#size > 0 && this.#size <= this.#data.length / 4) {
      this.#resize(this.#data.length / 2); // shrink at 1/4 to avoid thrashing
    }
    return value;
  }

  at(i) {
    if (i < 0 || i >= this.#size) throw new RangeError(`index ${i} out of range`);
    return this.#data[i];
  }

  #resize(capacity) {
    const next = new Int32Array(capacity);
    next.set(this.#data.subarray(0, this.#size)); // one bulk copy
    this.moves += this.#size;
    this.#data = next;
  }
}

const v = new IntVector();
for (let n = 0; n < 1000; n++) v.push(n * n);
console.log("length:", v.length, "capacity:", v.capacity, "last:", v.at(999));
console.log("copies per push:", (v.moves / v.length).toFixed(2));
while (v.length > 10) v.pop();
console.log("after pops, capacity:", v.capacity);
