CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    status      TEXT    NOT NULL,
    total_cents INTEGER NOT NULL
);
-- Index the foreign key: joins look up orders by customer_id.
CREATE INDEX idx_orders_customer ON orders (customer_id);

INSERT INTO customers (id, name) VALUES (1, 'Ada'), (2, 'Linus'), (3, 'Grace');
INSERT INTO orders (customer_id, status, total_cents) VALUES
    (1, 'paid', 2500), (1, 'paid', 1200), (1, 'cancelled', 900), (2, 'paid', 18000);

-- Every customer with their paid total, including customers with none.
-- The status filter sits in ON: in WHERE it would drop Grace again,
-- because her order columns are NULL after the LEFT JOIN.
-- COUNT(o.id) counts only matched orders; COUNT(*) would count Grace as 1.
SELECT c.name,
       COUNT(o.id)                     AS paid_orders,
       COALESCE(SUM(o.total_cents), 0) AS paid_cents
FROM customers AS c
LEFT JOIN orders AS o
       ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY paid_cents DESC, c.name;

-- Anti-join: customers who have never ordered anything.
SELECT c.name
FROM customers AS c
WHERE NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.customer_id = c.id);
