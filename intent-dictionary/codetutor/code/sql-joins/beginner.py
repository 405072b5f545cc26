import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, item TEXT)")
conn.executemany("INSERT INTO customers VALUES (?, ?)", [(1, "Ada"), (2, "Linus"), (3, "Grace")])
conn.executemany(
    "INSERT INTO orders (customer_id, item) VALUES (?, ?)",
    [(1, "keyboard"), (1, "mouse"), (2, "monitor")],
)

# JOIN pairs each order with the customer whose id it stores.
rows = conn.execute("""
    SELECT c.name, o.item
    FROM customers AS c
    JOIN orders AS o ON o.customer_id = c.id
    ORDER BY c.name, o.item
""")
for name, item in rows:
    print(f"{name} bought a {item}")
conn.close()
