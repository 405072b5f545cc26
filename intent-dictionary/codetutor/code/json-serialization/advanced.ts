interface Order {
  id: number;
  totalCents: number; // money as integer cents: exact in JSON
  created: Date;
  tags: string[];
}

// The wire format: what JSON can actually represent.
interface OrderJson {
  id: number;
  totalCents: number;
  created: string; // ISO 8601
  tags: string[];
}

function toJson(order: Order): string {
  const wire: OrderJson = { ...order, created: order.created.toISOString() };
  return JSON.stringify(wire);
}

// Never trust parsed data: check its shape before using it as a typed value.
function isOrderJson(v: unknown): v is OrderJson {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return Number.isInteger(o.id) && Number.isInteger(o.totalCents) && typeof o.created === "string" &&
    Array.isArray(o.tags) && o.tags.every((t) => typeof t === "string");
}

function fromJson(text: string): Order {
  const data: unknown = JSON.parse(text); // throws SyntaxError on malformed JSON
  if (!isOrderJson(data)) throw new TypeError("not a valid order");
  const created = new Date(data.created);
  if (Number.isNaN(created.getTime())) throw new TypeError(`bad date: ${data.created}`);
  return { ...data, created };
}

const order: Order = { id: 7, totalCents: 1999, created: new Date(Date.UTC(2024, 4, 1, 12, 30)), tags: ["gift"] };
const text = toJson(order);
console.log(text);
console.log(fromJson(text).created.getTime() === order.created.getTime());

for (const bad of ['{"id": 8, "totalCents": 5.5, "created": "x", "tags": []}', "{oops"]) {
  try {
    fromJson(bad);
  } catch (err: unknown) {
    console.log("rejected:", err instanceof Error ? `${err.name}: ${err.message}` : err);
  }
}
