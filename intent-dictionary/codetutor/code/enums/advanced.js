// Each status is a frozen object with behaviour; the set is closed after creation.
class Status {
  static #byValue = new Map();

  static PENDING = new Status("pending");
  static PAID = new Status("paid");
  static SHIPPED = new Status("shipped");
  static DELIVERED = new Status("delivered");
  static CANCELLED = new Status("cancelled");

  static #transitions = new Map([
    [Status.PENDING, [Status.PAID, Status.CANCELLED]],
    [Status.PAID, [Status.SHIPPED, Status.CANCELLED]],
    [Status.SHIPPED, [Status.DELIVERED]],
  ]);

  constructor(value) {
    this.value = value;
    Status.#byValue.set(value, this);
    Object.freeze(this);
  }

  static values() { return [...Status.#byValue.values()]; }

  static parse(text) {
    const status = Status.#byValue.get(String(text).trim().toLowerCase());
    if (!status) throw new RangeError(`unknown status "${text}"; expected one of ${[...Status.#byValue.keys()].join(", ")}`);
    return status;
  }

  get isFinal() { return !Status.#transitions.has(this); }
  canBecome(other) { return (Status.#transitions.get(this) ?? []).includes(other); }
  toString() { return this.value; }
  toJSON() { return this.value; } // serialises as its stored value
}

let status = Status.parse(" Pending ");
for (const step of ["paid", "shipped", "delivered"]) {
  const next = Status.parse(step);
  if (!status.canBecome(next)) throw new Error(`cannot go from ${status} to ${next}`);
  status = next;
  console.log(`${status} final=${status.isFinal}`);
}
console.log("identity works:", Status.parse("PAID") === Status.PAID, JSON.stringify({ status }));
console.log("can DELIVERED become PAID?", Status.DELIVERED.canBecome(Status.PAID));
try { Status.parse("lost"); } catch (err) { console.log("rejected:", err.message); }
