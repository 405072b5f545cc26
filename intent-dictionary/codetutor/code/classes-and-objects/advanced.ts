// An immutable 2-D vector: readonly state, value equality, a static factory.
class Vector {
  static readonly ORIGIN = new Vector(0, 0);

  constructor(readonly x: number, readonly y: number) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new RangeError(`coordinates must be finite, got ${x}, ${y}`);
    }
  }

  plus(other: Vector): Vector {
    return new Vector(this.x + other.x, this.y + other.y);
  }

  length(): number {
    return Math.hypot(this.x, this.y);
  }

  equals(other: unknown): boolean {
    return other instanceof Vector && other.x === this.x && other.y === this.y;
  }

  toString(): string {
    return `Vector(${this.x}, ${this.y})`;
  }
}

const a = new Vector(3, 4);
const b = new Vector(3, 4);
console.log(`${a} has length ${a.length()}`);
console.log("a === b:", a === b, "| a.equals(b):", a.equals(b));
console.log("sum:", String(a.plus(Vector.ORIGIN).plus(new Vector(1, -1))));
// a.x = 10;  // compile error: Cannot assign to 'x' because it is a read-only property
try {
  new Vector(1, Infinity);
} catch (err) {
  console.log("rejected:", (err as Error).message);
}
