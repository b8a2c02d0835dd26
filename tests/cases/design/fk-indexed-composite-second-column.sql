-- dialect: postgres
-- expect: fk-indexed=fail
-- feedback: fk-indexed: order_items (item_id) -> items, line 7: no index
-- feedback: fk-indexed: CREATE INDEX idx_order_items_item_id ON order_items (item_id);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY);
CREATE TABLE items (item_id INTEGER PRIMARY KEY);
CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders, item_id INTEGER NOT NULL REFERENCES items,
    PRIMARY KEY (order_id, item_id));
