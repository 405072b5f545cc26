import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE accounts (owner TEXT PRIMARY KEY, balance INTEGER NOT NULL)")
conn.executemany("INSERT INTO accounts VALUES (?, ?)", [("alice", 100), ("bob", 50)])
conn.commit()

# "with conn" is one transaction: it commits if the block finishes,
# and rolls back every change if an exception escapes from it.
with conn:
    conn.execute("UPDATE accounts SET balance = balance - 30 WHERE owner = 'alice'")
    conn.execute("UPDATE accounts SET balance = balance + 30 WHERE owner = 'bob'")

for owner, balance in conn.execute("SELECT owner, balance FROM accounts ORDER BY owner"):
    print(owner, balance)
conn.close()
