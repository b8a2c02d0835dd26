-- dialect: postgres
-- expect: not-null=fail
-- feedback: not-null: nullable: order_items.order_id (foreign key, line 7), order_items.quantity (quantity, line 8)
CREATE TABLE orders (order_id SERIAL PRIMARY KEY);
CREATE TABLE items (item_id INTEGER PRIMARY KEY);
CREATE TABLE order_items (line_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id INTEGER REFERENCES orders,
    quantity INTEGER,
    item_id INTEGER NOT NULL REFERENCES items);
