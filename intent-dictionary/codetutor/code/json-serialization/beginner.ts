interface Order {
  id: number;
  items: string[];
  paid: boolean;
}

const order: Order = { id: 7, items: ["tea", "scones"], paid: true };

// Serialize: an object -> a JSON string you can send or save.
const text: string = JSON.stringify(order);
console.log(text);

// Deserialize: JSON.parse returns `any`; the type below is a promise we make,
// not something TypeScript checks at runtime.
const back = JSON.parse(text) as Order;
console.log(back.items[1], back.paid);
