-- dialect: postgres
-- expect: entities=fail, foreign-keys=pass
-- feedback: entities: no table for payments (or transactions)
-- feedback: foreign-keys: Not checked, for want of a table (see entities): payments -> orders
CREATE TABLE users (user_id INTEGER PRIMARY KEY);
CREATE TABLE restaurants (restaurant_id INTEGER PRIMARY KEY);
CREATE TABLE items (item_id INTEGER PRIMARY KEY, restaurant_id INTEGER NOT NULL REFERENCES restaurants);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users, restaurant_id INTEGER NOT NULL REFERENCES restaurants);
CREATE TABLE order_lines (line_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders, item_id INTEGER NOT NULL REFERENCES items);
