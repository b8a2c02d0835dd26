-- dialect: postgres
-- expect: no-repeating-groups=fail
-- feedback: no-repeating-groups: orders: item1, item2, item3 (line 5)
CREATE TABLE orders (order_id INTEGER PRIMARY KEY,
    item1 INTEGER, item2 INTEGER, item3 INTEGER);
