// An adjacency list: each city maps to the cities it has a direct road to.
const roads = new Map([
  ["Avon", ["Bree", "Cole"]],
  ["Bree", ["Avon", "Dale"]],
  ["Cole", ["Avon", "Dale"]],
  ["Dale", ["Bree", "Cole", "Eton"]],
  ["Eton", ["Dale"]],
]);

for (const [city, neighbours] of roads) {
  console.log(`${city} connects to ${neighbours.join(", ")}`);
}

// Undirected: every road is listed from both ends, so count each once.
let ends = 0;
for (const neighbours of roads.values()) ends += neighbours.length;
console.log("roads:", ends / 2);
console.log("Avon -> Dale direct?", roads.get("Avon").includes("Dale"));
