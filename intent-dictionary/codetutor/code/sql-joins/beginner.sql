CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    item        TEXT NOT NULL
);

INSERT INTO customers (id, name) VALUES (1, 'Ada'), (2, 'Linus'), (3, 'Grace');
INSERT INTO orders (customer_id, item) VALUES (1, 'keyboard'), (1, 'mouse'), (2, 'monitor');

-- Match each order with its customer through the shared id.
-- INNER JOIN keeps only rows that have a match on both sides,
-- so Grace, who has no orders, does not appear.
SELECT c.name, o.item
FROM customers AS c
INNER JOIN orders AS o ON o.customer_id = c.id
ORDER BY c.name, o.item;
