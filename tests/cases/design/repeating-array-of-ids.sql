-- dialect: postgres
-- expect: no-repeating-groups=fail
-- feedback: no-repeating-groups: orders.item_ids
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, item_ids INTEGER[] NOT NULL);
