// An immutable 2-D vector: private state, getters, value equality.
class Vector {
  #x;
  #y;

  constructor(x, y) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new TypeError(`coordinates must be finite numbers, got ${x}, ${y}`);
    }
    this.#x = x;
    this.#y = y;
  }

  static origin() {
    return new Vector(0, 0);
  }

  get x() { return this.#x; }
  get y() { return this.#y; }

  plus(other) {
    return new Vector(this.#x + other.#x, this.#y + other.#y);
  }

  length() {
    return Math.hypot(this.#x, this.#y);
  }

  equals(other) {
    return other instanceof Vector && this.#x === other.#x && this.#y === other.#y;
  }

  toString() {
    return `Vector(${this.#x}, ${this.#y})`;
  }
}

const a = new Vector(3, 4);
const b = new Vector(3, 4);
console.log(`${a} has length ${a.length()}`);
console.log("a === b:", a === b, "| a.equals(b):", a.equals(b));
console.log("sum:", String(a.plus(Vector.origin()).plus(new Vector(1, -1))));
console.log("one shared method on the prototype:", a.length === b.length);
try {
  new Vector(1, "2");
} catch (err) {
  console.log("rejected:", err.message);
}
