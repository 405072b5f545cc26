CREATE TABLE accounts (
    id      INTEGER PRIMARY KEY,
    owner   TEXT    NOT NULL UNIQUE,
    balance INTEGER NOT NULL CHECK (balance >= 0)  -- the database enforces the rule
);
CREATE TABLE transfers (
    id        INTEGER PRIMARY KEY,
    from_id   INTEGER NOT NULL REFERENCES accounts (id),
    to_id     INTEGER NOT NULL REFERENCES accounts (id),
    amount    INTEGER NOT NULL CHECK (amount > 0)
);
INSERT INTO accounts (owner, balance) VALUES ('alice', 100), ('bob', 50), ('carol', 0);

-- IMMEDIATE takes the write lock at once, so two concurrent transfers
-- cannot both read a balance and then both spend it.
BEGIN IMMEDIATE;

UPDATE accounts SET balance = balance - 40 WHERE id = 1;
UPDATE accounts SET balance = balance + 40 WHERE id = 2;
INSERT INTO transfers (from_id, to_id, amount) VALUES (1, 2, 40);

-- A savepoint is a transaction inside the transaction: a failed step
-- can be undone on its own while the work before it is kept.
SAVEPOINT bonus;
UPDATE accounts SET balance = balance + 5 WHERE id = 3;
-- Suppose the application now finds the bonus is not allowed:
ROLLBACK TO SAVEPOINT bonus;   -- undoes only carol's bonus
RELEASE SAVEPOINT bonus;       -- closes the savepoint, keeps the outer work

COMMIT;                        -- alice 60, bob 90, carol 0, one transfer row

-- Had an UPDATE broken the CHECK (balance >= 0), SQLite would have rejected
-- that statement; the application must then issue ROLLBACK for the rest.
SELECT a.owner, a.balance, (SELECT COUNT(*) FROM transfers) AS transfers
FROM accounts AS a
ORDER BY a.owner;
