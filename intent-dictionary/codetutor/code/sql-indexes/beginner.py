import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT)")
conn.executemany(
    "INSERT INTO customers (name, email) VALUES (?, ?)",
    [(f"user{i}", f"user{i}@example.com") for i in range(1000)],
)

query = "SELECT name FROM customers WHERE email = ?"
# EXPLAIN QUERY PLAN shows how SQLite will find the rows.
print(conn.execute("EXPLAIN QUERY PLAN " + query, ("user7@example.com",)).fetchone()[3])

# The index keeps emails sorted, so lookups jump straight to the match.
conn.execute("CREATE INDEX idx_customers_email ON customers (email)")
print(conn.execute("EXPLAIN QUERY PLAN " + query, ("user7@example.com",)).fetchone()[3])
print(conn.execute(query, ("user7@example.com",)).fetchone()[0])
conn.close()
