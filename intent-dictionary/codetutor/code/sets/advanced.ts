// Generic set algebra over ReadonlySet, plus a value-keyed set for objects.
function intersection<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((x) => large.has(x)));
}

function difference<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => !b.has(x)));
}

// Stores objects but decides equality by a derived string key.
class KeyedSet<T> {
  private readonly items = new Map<string, T>();
  constructor(private readonly keyOf: (item: T) => string) {}

  add(item: T): boolean {
    const key = this.keyOf(item);
    if (this.items.has(key)) return false;
    this.items.set(key, item);
    return true;
  }

  has(item: T): boolean { return this.items.has(this.keyOf(item)); }
  get size(): number { return this.items.size; }
}

type Role = "read" | "write" | "comment" | "admin";
const alice: ReadonlySet<Role> = new Set<Role>(["read", "write", "comment"]);
const bob: ReadonlySet<Role> = new Set<Role>(["read", "comment", "admin"]);
console.log("both have:", [...intersection(alice, bob)].sort());
console.log("only bob:", [...difference(bob, alice)]);

interface Point { x: number; y: number }
const visited = new KeyedSet<Point>((p) => `${p.x},${p.y}`);
for (const p of [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0, y: 0 }]) visited.add(p);
console.log("visited cells:", visited.size, "has (1,0)?", visited.has({ x: 1, y: 0 }));
