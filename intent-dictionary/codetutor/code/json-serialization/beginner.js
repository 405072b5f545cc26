const order = { id: 7, items: ["tea", "scones"], paid: true, note: null };

// Serialize: JavaScript values -> a JSON string you can send or save.
const text = JSON.stringify(order);
console.log(text);

// Deserialize: JSON string -> a brand-new object with the same data.
const back = JSON.parse(text);
console.log(back.items[1], back.paid);
console.log(back === order, back.id === order.id); // a copy, not the same object

// Pretty-print with 2-space indentation, handy for logs and files.
console.log(JSON.stringify({ id: order.id, paid: order.paid }, null, 2));
