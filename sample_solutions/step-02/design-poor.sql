-- dialect: postgres
-- A first attempt at the food-delivery database, with the mistakes beginners often make.

CREATE TABLE users (
    id      SERIAL PRIMARY KEY,
    name    VARCHAR(100),
    email   VARCHAR(255),
    phone1  VARCHAR(20),
    phone2  VARCHAR(20)
);

CREATE TABLE restaurants (
    id      SERIAL PRIMARY KEY,
    name    VARCHAR(120) NOT NULL,
    city    VARCHAR(60)
);

CREATE TABLE menu_items (
    id            SERIAL PRIMARY KEY,
    restaurant_id INTEGER REFERENCES restaurants (id),
    name          VARCHAR(120) NOT NULL,
    price         FLOAT NOT NULL
);

CREATE TABLE orders (
    id              SERIAL PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id),
    restaurant_id   INTEGER NOT NULL,
    restaurant_name VARCHAR(120),
    user_email      VARCHAR(255),
    items           TEXT,            -- comma-separated menu item ids, e.g. '3,7,7,12'
    total_amount    DOUBLE PRECISION,
    status          VARCHAR(20),
    placed_at       TIMESTAMP
);

CREATE TABLE payments (
    order_id INTEGER NOT NULL REFERENCES orders (id),
    amount   REAL NOT NULL,
    method   VARCHAR(20),
    paid_at  TIMESTAMP
);
