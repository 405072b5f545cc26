// Money as integer cents, dates as ISO strings: both survive JSON unchanged.
class Order {
  constructor(id, totalCents, created, tags) {
    this.id = id;
    this.totalCents = totalCents;
    this.created = created; // a Date
    this.tags = new Set(tags);
  }

  // JSON.stringify calls toJSON when present: choose the wire format here.
  toJSON() {
    return { id: this.id, totalCents: this.totalCents, created: this.created.toISOString(), tags: [...this.tags] };
  }

  // Parsing gives plain objects: rebuild and validate the real types explicitly.
  static fromJSON(text) {
    const data = JSON.parse(text);
    if (!Number.isInteger(data.id) || !Number.isInteger(data.totalCents)) {
      throw new TypeError("id and totalCents must be integers");
    }
    const created = new Date(data.created);
    if (Number.isNaN(created.getTime())) throw new TypeError(`bad date: ${data.created}`);
    return new Order(data.id, data.totalCents, created, data.tags ?? []);
  }
}

const order = new Order(7, 1999, new Date(Date.UTC(2024, 4, 1, 12, 30)), ["gift", "express"]);
const text = JSON.stringify(order);
console.log(text);

const back = Order.fromJSON(text);
console.log(back instanceof Order, back.created.getTime() === order.created.getTime(), back.tags.has("gift"));

// What plain JSON.stringify does with awkward values:
console.log(JSON.stringify({ a: undefined, b: () => 1, c: NaN, d: new Map([["k", 1]]) }));
try {
  JSON.stringify({ big: 10n });
} catch (err) {
  console.log(err.name + ":", err.message);
}
try {
  Order.fromJSON('{"id": 8, "totalCents": 5.5}');
} catch (err) {
  console.log("rejected:", err.message);
}
