// An adjacency list: each city maps to the cities it has a direct road to.
const roads: Record<string, string[]> = {
  Avon: ["Bree", "Cole"],
  Bree: ["Avon", "Dale"],
  Cole: ["Avon", "Dale"],
  Dale: ["Bree", "Cole", "Eton"],
  Eton: ["Dale"],
};

for (const [city, neighbours] of Object.entries(roads)) {
  console.log(`${city} connects to ${neighbours.join(", ")}`);
}

// Undirected: every road is listed from both ends, so count each once.
const ends = Object.values(roads).reduce((sum, n) => sum + n.length, 0);
console.log("roads:", ends / 2);
console.log("Avon -> Dale direct?", roads["Avon"].includes("Dale"));
