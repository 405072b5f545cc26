import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)")
conn.executemany(
    "INSERT INTO users (email) VALUES (?)",
    [("Ada@Example.com",), ("linus@example.com",), ("GRACE@example.com",)],
)
conn.execute("CREATE INDEX idx_users_email ON users (email)")

# Case-insensitive login lookup.
query = "SELECT id FROM users WHERE lower(email) = ?"
plan = conn.execute("EXPLAIN QUERY PLAN " + query, ("grace@example.com",)).fetchone()[3]
print(plan)
assert "USING INDEX" in plan, "login lookup scans the whole users table"
print(conn.execute(query, ("grace@example.com",)).fetchone())
