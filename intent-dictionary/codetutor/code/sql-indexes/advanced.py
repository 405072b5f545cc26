import sqlite3
import time


def plan(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> str:
    """The access path SQLite chooses, e.g. 'SCAN orders' or 'SEARCH ... USING INDEX'."""
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return "; ".join(row[3] for row in rows)


def timed(conn: sqlite3.Connection, sql: str, params: tuple, repeat: int = 200) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        conn.execute(sql, params).fetchall()
    return time.perf_counter() - start


conn = sqlite3.connect(":memory:")
conn.execute("""CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL,
                created_at TEXT NOT NULL, total_cents INTEGER NOT NULL)""")
with conn:
    conn.executemany(
        "INSERT INTO orders (customer_id, created_at, total_cents) VALUES (?, ?, ?)",
        ((i % 500, f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}", i * 7 % 10_000) for i in range(20_000)),
    )

query = "SELECT created_at, total_cents FROM orders WHERE customer_id = ? ORDER BY created_at"
before = timed(conn, query, (42,))
print("before:", plan(conn, query, (42,)))

# Equality column first, then the sort column; adding total_cents makes it
# covering, so the table is never read. ANALYZE gives the planner statistics.
conn.execute("CREATE INDEX idx_orders_cust_date ON orders (customer_id, created_at, total_cents)")
conn.execute("ANALYZE")
after = timed(conn, query, (42,))
print("after: ", plan(conn, query, (42,)))
print("rows:", len(conn.execute(query, (42,)).fetchall()), "| faster:", after < before)

# Leftmost-prefix rule: without customer_id the index cannot be entered directly.
# With statistics showing few customers, SQLite may still "skip-scan" it.
print("date only:", plan(conn, "SELECT id FROM orders WHERE created_at = ?", ("2024-03-05",)))
conn.close()
