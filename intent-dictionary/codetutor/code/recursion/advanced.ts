// JSON is recursive data, so a recursive type and function fit it exactly.
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// Collect every path to a leaf value, e.g. "server.ports[1]" -> 8443.
function leaves(value: Json, path = "", out = new Map<string, Json>()): Map<string, Json> {
  if (Array.isArray(value)) {
    value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      leaves(child, path ? `${path}.${key}` : key, out);
    }
  } else {
    out.set(path, value); // base case: a primitive
  }
  return out;
}

// Depth of nesting: the recursion returns a value that callers combine.
function depth(value: Json): number {
  if (value === null || typeof value !== "object") return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce<number>((max, child) => Math.max(max, depth(child)), 0);
}

const config: Json = {
  server: { host: "localhost", ports: [8080, 8443] },
  features: { beta: true, limits: { rps: 100 } },
};

for (const [path, leaf] of leaves(config)) console.log(`${path} = ${String(leaf)}`);
console.log("depth:", depth(config)); // 3
