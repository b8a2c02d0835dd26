-- dialect: postgres
-- expect: primary-keys=fail
-- feedback: primary-keys: no primary key: order_items (line 6)
-- feedback: primary-keys: ALTER TABLE order_items ADD PRIMARY KEY (order_id, item_id);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY);
CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders, item_id INTEGER NOT NULL, quantity INTEGER NOT NULL);
