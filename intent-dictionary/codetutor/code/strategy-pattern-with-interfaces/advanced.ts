interface Order {
  readonly subtotalCents: number;
  readonly weightKg: number;
}

interface ShippingStrategy {
  quote(order: Order): number; // cents: integers avoid float rounding
}

class FlatRate implements ShippingStrategy {
  constructor(private readonly cents: number) {}
  quote(): number { return this.cents; } // fewer parameters still satisfies the interface
}

class ByWeight implements ShippingStrategy {
  constructor(private readonly centsPerKg: number) {}
  quote(order: Order): number { return Math.round(order.weightKg * this.centsPerKg); }
}

// Wraps another strategy: strategies compose.
class FreeOver implements ShippingStrategy {
  constructor(private readonly thresholdCents: number, private readonly otherwise: ShippingStrategy) {}
  quote(order: Order): number {
    return order.subtotalCents >= this.thresholdCents ? 0 : this.otherwise.quote(order);
  }
}

// The names are a union type, so a typo in a lookup is a compile error.
type StrategyName = "flat" | "weight" | "promo" | "pickup";
const registry: Record<StrategyName, () => ShippingStrategy> = {
  flat: () => new FlatRate(499),
  weight: () => new ByWeight(120),
  promo: () => new FreeOver(5000, new FlatRate(499)),
  pickup: () => ({ quote: () => 0 }), // structural typing: any matching object fits
};

const orders: Order[] = [{ subtotalCents: 2500, weightKg: 1.5 }, { subtotalCents: 7200, weightKg: 9 }];
for (const [name, make] of Object.entries(registry) as [StrategyName, () => ShippingStrategy][]) {
  const strategy = make();
  console.log(name.padEnd(7), orders.map((o) => strategy.quote(o)));
}

function cheapest(order: Order): StrategyName {
  const names = Object.keys(registry) as StrategyName[];
  return names.reduce((best, n) => (registry[n]().quote(order) < registry[best]().quote(order) ? n : best));
}
console.log("cheapest for the heavy order:", cheapest(orders[1]));
