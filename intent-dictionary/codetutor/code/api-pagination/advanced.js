// Rows sorted by a unique key (id): keyset pagination needs a stable, total order.
const rows = Array.from({ length: 11 }, (_, i) => ({ id: i + 1, name: `user-${i + 1}` }));

// Opaque to clients: they pass it back and never build it themselves.
const encodeCursor = (lastId) => Buffer.from(JSON.stringify({ after: lastId })).toString("base64url");
const decodeCursor = (cursor) => JSON.parse(Buffer.from(cursor, "base64url").toString()).after;

// One page after the cursor, like GET /users?limit=4&cursor=...
function listUsers({ limit = 4, cursor } = {}) {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new RangeError("limit must be between 1 and 100"); // never let clients ask for everything
  }
  const after = cursor ? decodeCursor(cursor) : 0;
  // SQL: WHERE id > :after ORDER BY id LIMIT :limit + 1  (the extra row says "more exist")
  const page = rows.filter((row) => row.id > after).slice(0, limit + 1);
  const more = page.length > limit;
  const data = page.slice(0, limit);
  return { data, nextCursor: more ? encodeCursor(data.at(-1).id) : null };
}

const offsetPage = (page, size) => rows.slice((page - 1) * size, page * size); // LIMIT/OFFSET
const ids = (page) => page.map((row) => row.id);

const first = listUsers({ limit: 4 });
console.log("page 1:", ids(first.data), "next:", first.nextCursor);
rows.splice(rows.findIndex((r) => r.id === 2), 1); // someone deletes user 2 meanwhile
console.log("offset page 2:", ids(offsetPage(2, 4)), "<- user 5 was skipped");
console.log("cursor page 2:", ids(listUsers({ limit: 4, cursor: first.nextCursor }).data));

// A client that follows nextCursor until the server says there is no more.
const collected = [];
let cursor;
do {
  const response = listUsers({ limit: 4, cursor });
  collected.push(...ids(response.data));
  cursor = response.nextCursor;
} while (cursor !== null);
console.log("all users:", collected.join(", "));
