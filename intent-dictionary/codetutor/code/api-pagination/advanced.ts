interface User { id: number; name: string }
interface Page<T> { data: T[]; nextCursor: string | null }

// Rows sorted by a unique key (id): keyset pagination needs a stable, total order.
const rows: User[] = Array.from({ length: 11 }, (_, i) => ({ id: i + 1, name: `user-${i + 1}` }));

// Opaque to clients: they pass it back and never build it themselves.
const encodeCursor = (lastId: number): string => Buffer.from(JSON.stringify({ after: lastId })).toString("base64url");
function decodeCursor(cursor: string): number {
  const after: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString()).after;
  if (!Number.isInteger(after)) throw new TypeError("invalid cursor"); // clients can send anything
  return after as number;
}

// One page after the cursor, like GET /users?limit=4&cursor=...
function listUsers(limit = 4, cursor?: string): Page<User> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError("limit must be 1..100");
  const after = cursor ? decodeCursor(cursor) : 0;
  // SQL: WHERE id > :after ORDER BY id LIMIT :limit + 1  (the extra row says "more exist")
  const page = rows.filter((row) => row.id > after).slice(0, limit + 1);
  const data = page.slice(0, limit);
  return { data, nextCursor: page.length > limit ? encodeCursor(data[data.length - 1].id) : null };
}

// A generic client: follows nextCursor until the server says there is no more.
async function* paginate<T>(fetchPage: (cursor?: string) => Promise<Page<T>>): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.data;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

async function main(): Promise<void> {
  const first = listUsers(4);
  rows.splice(rows.findIndex((r) => r.id === 2), 1); // someone deletes user 2 meanwhile
  const offsetPage2 = rows.slice(4, 8).map((r) => r.id); // LIMIT 4 OFFSET 4
  const cursorPage2 = listUsers(4, first.nextCursor ?? undefined).data.map((r) => r.id);
  console.log("offset page 2:", offsetPage2, "<- user 5 was skipped");
  console.log("cursor page 2:", cursorPage2);

  const names: string[] = [];
  for await (const user of paginate((cursor) => Promise.resolve(listUsers(4, cursor)))) names.push(user.name);
  console.log(names.length, "users:", names.join(", "));
}

main();
