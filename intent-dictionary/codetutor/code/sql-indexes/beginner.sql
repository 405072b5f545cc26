-- A table of customers, looked up by email all the time.
CREATE TABLE customers (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    email TEXT NOT NULL
);

INSERT INTO customers (name, email) VALUES
    ('Ada', 'ada@example.com'),
    ('Linus', 'linus@example.com'),
    ('Grace', 'grace@example.com');

-- Without an index this query reads every row.
-- The index keeps emails sorted, so the database can jump straight to one.
CREATE INDEX idx_customers_email ON customers (email);

SELECT id, name FROM customers WHERE email = 'grace@example.com';

-- Ask SQLite how it will run the query: look for "USING INDEX".
EXPLAIN QUERY PLAN
SELECT id, name FROM customers WHERE email = 'grace@example.com';
