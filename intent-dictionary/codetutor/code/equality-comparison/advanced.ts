// Equality by key: decide what "the same" means for your type.

interface User {
  id: number;
  email: string;
  name: string;
}

// Two users are the same person when their ids match.
const sameUser = (a: User, b: User): boolean => a.id === b.id;

// Email addresses compare case-insensitively (after trimming).
const emailKey = (email: string): string => email.trim().toLowerCase();

// Generic de-duplication by a key function: O(n) with a Map.
function uniqueBy<T, K>(items: readonly T[], key: (item: T) => K): T[] {
  const seen = new Map<K, T>();
  for (const item of items) {
    const k = key(item);
    if (!seen.has(k)) seen.set(k, item);
  }
  return [...seen.values()];
}

const users: User[] = [
  { id: 1, email: "Ada@Example.com", name: "Ada" },
  { id: 2, email: "ada@example.com ", name: "Ada L." },
  { id: 1, email: "ada@example.com", name: "Ada (copy)" },
];

console.log(users[0] === users[2], sameUser(users[0], users[2])); // false true
console.log(uniqueBy(users, (u) => u.id).map((u) => u.name));      // [ 'Ada', 'Ada L.' ]
console.log(uniqueBy(users, (u) => emailKey(u.email)).length);     // 1

// Literal types make impossible comparisons a compile error.
type Status = "active" | "banned";
function isBlocked(status: Status): boolean {
  return status === "banned"; // status === "blocked" would not compile
}
console.log(isBlocked("banned")); // true
