// A Map<K, V> stores key -> value pairs; lookup by key is fast.
const ages = new Map<string, number>();
ages.set("alice", 31);
ages.set("bob", 27);
ages.set("bob", 28); // setting an existing key replaces its value

console.log("alice is", ages.get("alice"));
console.log("has dave?", ages.has("dave"));
console.log("dave:", ages.get("dave") ?? "unknown"); // get() may return undefined

for (const [name, age] of ages) {
  console.log(`${name}: ${age}`);
}
