// Each strategy has quote(order) -> cents (integers avoid float rounding).
class FlatRate {
  constructor(cents) { this.cents = cents; }
  quote() { return this.cents; }
}

class ByWeight {
  constructor(centsPerKg) { this.centsPerKg = centsPerKg; }
  quote(order) { return Math.round(order.weightKg * this.centsPerKg); }
}

// Wraps another strategy: strategies compose.
class FreeOver {
  constructor(thresholdCents, otherwise) {
    Object.assign(this, { thresholdCents, otherwise });
  }
  quote(order) {
    return order.subtotalCents >= this.thresholdCents ? 0 : this.otherwise.quote(order);
  }
}

// Without a compiler to check the "interface", verify it at the boundary.
function assertStrategy(s) {
  if (typeof s?.quote !== "function") throw new TypeError("strategy needs a quote(order) method");
  return s;
}

// A plain object literal is a strategy too; no class required.
const registry = new Map([
  ["flat", () => new FlatRate(499)],
  ["weight", () => new ByWeight(120)],
  ["promo", () => new FreeOver(5000, new FlatRate(499))],
  ["pickup", () => ({ quote: () => 0 })],
]);

const orders = [{ subtotalCents: 2500, weightKg: 1.5 }, { subtotalCents: 7200, weightKg: 9 }];
for (const [name, make] of registry) {
  const strategy = assertStrategy(make());
  console.log(name.padEnd(7), orders.map((o) => strategy.quote(o)));
}
try {
  assertStrategy({ price: () => 0 });
} catch (err) {
  console.log("rejected:", err.message);
}
