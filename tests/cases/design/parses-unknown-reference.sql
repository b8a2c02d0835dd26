-- dialect: postgres
-- expect: parses-and-runs=fail
-- feedback: parses-and-runs: line 5: orders references table customer, which is never created
CREATE TABLE orders (order_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (customer_id));
