class ValidationError extends Error {
  constructor(field, message, options) {
    super(`${field}: ${message}`, options); // options.cause keeps the original error
    this.name = "ValidationError";
    this.field = field;
  }
}

function parseOrder(body) {
  let data;
  try {
    data = JSON.parse(body);
  } catch (err) {
    throw new ValidationError("body", "not valid JSON", { cause: err });
  }
  if (!Number.isInteger(data.quantity) || data.quantity < 1) {
    throw new ValidationError("quantity", `must be a positive integer, got ${JSON.stringify(data.quantity)}`);
  }
  return data;
}

// A simulated async dependency that can fail.
async function reserveStock(order) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  if (order.quantity > 10) throw new Error(`only 10 in stock, ${order.quantity} requested`);
  return { ...order, reserved: true };
}

let handled = 0;
async function handle(body) {
  try {
    const order = parseOrder(body);
    const result = await reserveStock(order); // awaited, so a rejection lands in catch
    return `200 reserved ${result.quantity}`;
  } catch (err) {
    if (err instanceof ValidationError) {
      const cause = err.cause ? ` (cause: ${err.cause.name})` : "";
      return `400 ${err.message}${cause}`;
    }
    return `503 ${err.message}`; // unexpected: a real service would log err.stack
  } finally {
    handled++; // runs on every path
  }
}

const bodies = ['{"quantity": 2}', '{"quantity": 0}', "{oops", '{"quantity": 50}'];
Promise.all(bodies.map(handle)).then((results) => {
  for (const r of results) console.log(r);
  console.log(`handled ${handled} requests`);
});
