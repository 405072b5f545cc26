import base64
import json

# Rows sorted by a unique key (id): keyset pagination needs a stable, total order.
rows = [{"id": i, "name": f"user-{i}"} for i in range(1, 12)]


def encode_cursor(last_id: int) -> str:
    # Opaque to clients: they pass it back and never build it themselves.
    return base64.urlsafe_b64encode(json.dumps({"after": last_id}).encode()).decode()


def list_users(limit: int = 4, cursor: str | None = None) -> dict:
    """One page after the cursor, like GET /users?limit=4&cursor=..."""
    if not 1 <= limit <= 100:
        raise ValueError("limit must be between 1 and 100")  # never let clients ask for everything
    after = json.loads(base64.urlsafe_b64decode(cursor))["after"] if cursor else 0
    # SQL: WHERE id > :after ORDER BY id LIMIT :limit + 1  (the extra row says "more exist")
    page = [row for row in rows if row["id"] > after][: limit + 1]
    more = len(page) > limit
    page = page[:limit]
    return {"data": page, "next_cursor": encode_cursor(page[-1]["id"]) if more else None}


def offset_page(page: int, size: int) -> list[dict]:
    return rows[(page - 1) * size : page * size]  # SQL: LIMIT :size OFFSET :skip


def ids(page: list[dict]) -> list[int]:
    return [row["id"] for row in page]


first = list_users(limit=4)
print("page 1:", ids(first["data"]), "next:", first["next_cursor"])
rows.remove(next(r for r in rows if r["id"] == 2))  # someone deletes user 2 meanwhile
print("offset page 2:", ids(offset_page(2, 4)), "<- user 5 was skipped")
print("cursor page 2:", ids(list_users(4, first["next_cursor"])["data"]))

# A client that follows next_cursor until the server says there is no more.
collected, cursor = [], None
while True:
    response = list_users(4, cursor)
    collected += ids(response["data"])
    cursor = response["next_cursor"]
    if cursor is None:
        break
print("all users:", collected)
