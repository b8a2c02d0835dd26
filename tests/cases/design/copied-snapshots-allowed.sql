-- dialect: postgres
-- expect: no-copied-attributes=pass
CREATE TABLE restaurants (restaurant_id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, created_at TIMESTAMP, status TEXT);
CREATE TABLE items (item_id INTEGER PRIMARY KEY, restaurant_id INTEGER NOT NULL REFERENCES restaurants, name TEXT NOT NULL, price NUMERIC(10, 2) NOT NULL, created_at TIMESTAMP, status TEXT);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, restaurant_id INTEGER NOT NULL REFERENCES restaurants, city TEXT, created_at TIMESTAMP, status TEXT);
CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders, item_id INTEGER NOT NULL REFERENCES items,
    unit_price NUMERIC(10, 2) NOT NULL, price_at_order NUMERIC(10, 2), PRIMARY KEY (order_id, item_id));
