CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    status      TEXT    NOT NULL,            -- 'open', 'shipped', 'cancelled'
    created_at  TEXT    NOT NULL,            -- ISO 8601, sorts as text
    total_cents INTEGER NOT NULL
);

-- Composite index: column order matters. It serves filters on
-- customer_id alone, or customer_id plus created_at, but not created_at alone.
CREATE INDEX idx_orders_customer_created ON orders (customer_id, created_at);

-- Uses the whole index: equality on the first column, range on the second,
-- and the rows come out already sorted, so no separate sort step.
EXPLAIN QUERY PLAN
SELECT id, total_cents FROM orders
WHERE customer_id = 42 AND created_at >= '2024-01-01'
ORDER BY created_at;

-- Partial index: only open orders are indexed, keeping it small.
-- The query's WHERE must imply the index's WHERE for it to be used.
CREATE INDEX idx_orders_open ON orders (created_at) WHERE status = 'open';
EXPLAIN QUERY PLAN
SELECT id FROM orders WHERE status = 'open' AND created_at < '2024-02-01';

-- Covering index: every column the query needs is in the index,
-- so SQLite never touches the table itself ("USING COVERING INDEX").
CREATE INDEX idx_orders_status_total ON orders (status, total_cents);
EXPLAIN QUERY PLAN
SELECT status, SUM(total_cents) FROM orders GROUP BY status;

-- A unique index is also a constraint: a duplicate insert now fails.
-- NOCASE on the column makes both the index and '=' ignore ASCII case.
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE);
CREATE UNIQUE INDEX idx_users_email ON users (email);
EXPLAIN QUERY PLAN
SELECT id FROM users WHERE email = 'Ada@Example.com';  -- SEARCH ... COVERING INDEX

-- Wrapping the column in a function hides it from the index:
-- this reads the whole table ("SCAN users").
EXPLAIN QUERY PLAN
SELECT id FROM users WHERE lower(email) = 'ada@example.com';
