import sqlite3


class InsufficientFunds(Exception):
    pass


def transfer(conn: sqlite3.Connection, src: str, dst: str, amount: int) -> None:
    """Move money atomically: both balances change, or neither does."""
    conn.execute("BEGIN IMMEDIATE")  # take the write lock before reading
    try:
        row = conn.execute("SELECT balance FROM accounts WHERE owner = ?", (src,)).fetchone()
        if row is None:
            raise LookupError(f"no account {src!r}")
        balance = row[0]
        if balance < amount:
            raise InsufficientFunds(f"{src} has {balance}, needs {amount}")
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE owner = ?", (amount, src))
        cur = conn.execute("UPDATE accounts SET balance = balance + ? WHERE owner = ?", (amount, dst))
        if cur.rowcount != 1:
            raise LookupError(f"no account {dst!r}")  # the debit above is undone too
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def main() -> None:
    # isolation_level=None: no implicit transactions, we issue BEGIN/COMMIT ourselves.
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE accounts (owner TEXT PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))")
    conn.executemany("INSERT INTO accounts VALUES (?, ?)", [("alice", 100), ("bob", 50)])

    for src, dst, amount in [("alice", "bob", 30), ("bob", "alice", 500), ("alice", "zoe", 10)]:
        try:
            transfer(conn, src, dst, amount)
            print(f"ok      {src} -> {dst}: {amount}")
        except (InsufficientFunds, LookupError) as err:
            print(f"refused {src} -> {dst}: {err}")

    balances = dict(conn.execute("SELECT owner, balance FROM accounts"))
    print(balances)
    assert sum(balances.values()) == 150, "money was created or destroyed"
    conn.close()


if __name__ == "__main__":
    main()
