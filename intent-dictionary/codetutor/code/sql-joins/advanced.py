import sqlite3

SCHEMA = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    status TEXT NOT NULL,
    total_cents INTEGER NOT NULL
);
CREATE INDEX idx_orders_customer ON orders (customer_id);
"""

# LEFT JOIN keeps customers without paid orders; the status test is in ON,
# because in WHERE it would discard the NULL-extended rows again.
REPORT = """
SELECT c.name, COUNT(o.id) AS paid_orders, COALESCE(SUM(o.total_cents), 0) AS paid_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status = :status
GROUP BY c.id, c.name
ORDER BY paid_cents DESC, c.name
"""


def revenue_report(conn: sqlite3.Connection, status: str = "paid") -> list[sqlite3.Row]:
    return conn.execute(REPORT, {"status": status}).fetchall()


def main() -> None:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row  # rows can be read by column name
    conn.executescript(SCHEMA)
    conn.executemany("INSERT INTO customers (id, name) VALUES (?, ?)", [(1, "Ada"), (2, "Linus"), (3, "Grace")])
    conn.executemany(
        "INSERT INTO orders (customer_id, status, total_cents) VALUES (?, ?, ?)",
        [(1, "paid", 2500), (1, "paid", 1200), (1, "cancelled", 900), (2, "paid", 18000)],
    )
    report = revenue_report(conn)
    for row in report:
        print(f"{row['name']:6} {row['paid_orders']} orders  ${row['paid_cents'] / 100:8.2f}")
    # A join must neither drop customers nor duplicate money.
    assert len(report) == 3 and sum(r["paid_cents"] for r in report) == 21700
    conn.close()


if __name__ == "__main__":
    main()
