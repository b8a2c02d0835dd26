-- dialect: postgres
-- expect: no-copied-attributes=fail
-- feedback: no-copied-attributes: orders.customer_name copies an attribute of customers (line 7)
-- feedback: no-copied-attributes: orders.email copies an attribute of customers (line 8)
CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT NOT NULL UNIQUE);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers,
    customer_name TEXT,
    email TEXT);
