import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total INTEGER)")
conn.executemany("INSERT INTO customers VALUES (?, ?)", [(1, "Ada"), (2, "Linus"), (3, "Grace")])
conn.executemany("INSERT INTO orders (customer_id, total) VALUES (?, ?)", [(1, 25), (1, 12), (2, 180)])

# Report: every customer with the number of orders they placed.
rows = conn.execute("""
    SELECT c.name, COUNT(o.id)
    FROM customers AS c
    JOIN orders AS o ON o.customer_id = c.id
    GROUP BY c.id, c.name
    ORDER BY c.name
""").fetchall()
print(rows)
assert len(rows) == 3, "a customer is missing from the report"
