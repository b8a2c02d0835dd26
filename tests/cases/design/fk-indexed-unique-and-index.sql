-- dialect: duckdb
-- expect: fk-indexed=pass
CREATE TABLE orders (order_id INTEGER PRIMARY KEY);
CREATE TABLE items (item_id INTEGER PRIMARY KEY);
CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL UNIQUE REFERENCES orders);
CREATE TABLE order_items (line_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders, item_id INTEGER NOT NULL REFERENCES items, UNIQUE (order_id, item_id));
CREATE INDEX order_items_item ON order_items (item_id, order_id);
