-- dialect: duckdb
-- expect: entities=pass, foreign-keys=pass, primary-keys=pass, fk-indexed=pass, not-null=pass
-- feedback: entities: users -> customer, restaurants -> restaurant, menu items -> dishes
CREATE TABLE Customer (customer_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE restaurant (restaurant_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE dishes (dish_id INTEGER PRIMARY KEY, restaurant_id INTEGER NOT NULL REFERENCES restaurant, name VARCHAR NOT NULL, price DECIMAL(10, 2) NOT NULL);
CREATE TABLE "order" (order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES Customer, restaurant_id INTEGER NOT NULL REFERENCES restaurant);
CREATE TABLE order_details (order_id INTEGER NOT NULL REFERENCES "order", dish_id INTEGER NOT NULL REFERENCES dishes, quantity INTEGER NOT NULL, PRIMARY KEY (order_id, dish_id));
CREATE TABLE transactions (transaction_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES "order", amount DECIMAL(10, 2) NOT NULL);
CREATE INDEX ON dishes (restaurant_id);
CREATE INDEX ON "order" (customer_id);
CREATE INDEX ON "order" (restaurant_id);
CREATE INDEX ON order_details (dish_id);
CREATE INDEX ON transactions (order_id);
