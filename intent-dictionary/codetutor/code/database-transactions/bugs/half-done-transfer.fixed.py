import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE accounts (owner TEXT PRIMARY KEY, balance INTEGER NOT NULL)")
conn.executemany("INSERT INTO accounts VALUES (?, ?)", [("alice", 100), ("bob", 50)])
conn.commit()


def transfer(src, dst, amount):
    # One transaction: committed on success, rolled back if anything raises.
    with conn:
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE owner = ?", (amount, src))
        cur = conn.execute("UPDATE accounts SET balance = balance + ? WHERE owner = ?", (amount, dst))
        if cur.rowcount != 1:
            raise LookupError(f"no account {dst!r}")


for dst in ["bob", "bobb"]:  # the second name has a typo
    try:
        transfer("alice", dst, 30)
    except LookupError as err:
        print("transfer failed:", err)

total = conn.execute("SELECT SUM(balance) FROM accounts").fetchone()[0]
print("total:", total)
assert total == 150, "money was created or destroyed"
