const products = [
  { sku: "A1", name: "pen" },
  { sku: "B2", name: "book" },
];

const order = ["A1", "C3"];
for (const sku of order) {
  const product = products.find((p) => p.sku === sku);
  console.log(product.name.toUpperCase()); // BUG: no product has sku C3
}
