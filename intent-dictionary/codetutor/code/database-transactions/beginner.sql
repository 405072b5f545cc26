CREATE TABLE accounts (
    id      INTEGER PRIMARY KEY,
    owner   TEXT    NOT NULL,
    balance INTEGER NOT NULL CHECK (balance >= 0)
);
INSERT INTO accounts (owner, balance) VALUES ('alice', 100), ('bob', 50);

-- Move 30 from alice to bob. Both updates happen, or neither does.
BEGIN TRANSACTION;
UPDATE accounts SET balance = balance - 30 WHERE owner = 'alice';
UPDATE accounts SET balance = balance + 30 WHERE owner = 'bob';
COMMIT;

-- A transfer we change our minds about: ROLLBACK undoes it completely.
BEGIN TRANSACTION;
UPDATE accounts SET balance = balance - 10 WHERE owner = 'bob';
ROLLBACK;

SELECT owner, balance FROM accounts ORDER BY owner;  -- alice 70, bob 80
