-- The food-delivery database you query in step 2 (DuckDB / PostgreSQL syntax).
-- "Today" in this data is the reference date 2026-06-30: write DATE '2026-06-30' where you would call
-- CURRENT_DATE or NOW(), so that your answers do not depend on the day you run them.
-- Money is in Indian rupees (INR). The public data covers orders from 2025-07-01 up to the reference date.

CREATE TABLE users (
    user_id     INTEGER PRIMARY KEY,
    name        VARCHAR NOT NULL,
    email       VARCHAR NOT NULL UNIQUE,
    phone       VARCHAR,                  -- optional: NULL when the user gave none
    city        VARCHAR NOT NULL,         -- Bengaluru, Mumbai, Delhi, Hyderabad, Pune, Chennai, ...
    signup_date DATE NOT NULL
);

CREATE TABLE restaurants (
    restaurant_id INTEGER PRIMARY KEY,
    name          VARCHAR NOT NULL,       -- not unique: chains have branches in several cities
    city          VARCHAR NOT NULL,
    cuisine       VARCHAR NOT NULL,
    rating        DECIMAL(2, 1),          -- optional: NULL for restaurants not rated yet
    opened_on     DATE NOT NULL
);

CREATE TABLE items (                      -- menu items
    item_id       INTEGER PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES restaurants (restaurant_id),
    name          VARCHAR NOT NULL,
    category      VARCHAR,                -- optional: 'Starters', 'Mains', 'Breads', ... or NULL
    price         DECIMAL(10, 2) NOT NULL,-- current menu price
    is_veg        BOOLEAN NOT NULL
);

CREATE TABLE orders (
    order_id      INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (user_id),
    restaurant_id INTEGER NOT NULL REFERENCES restaurants (restaurant_id),
    status        VARCHAR NOT NULL,       -- 'placed', 'delivered' or 'cancelled'
    placed_at     TIMESTAMP NOT NULL,
    delivered_at  TIMESTAMP,              -- NULL unless status = 'delivered'
    delivery_fee  DECIMAL(10, 2) NOT NULL,
    coupon_code   VARCHAR                 -- optional: NULL when no coupon was used
);

CREATE TABLE order_items (                -- the lines of an order: every order has at least one
    order_id   INTEGER NOT NULL REFERENCES orders (order_id),
    item_id    INTEGER NOT NULL REFERENCES items (item_id),
    quantity   INTEGER NOT NULL,
    unit_price DECIMAL(10, 2) NOT NULL,   -- the price paid per unit when the order was placed
    PRIMARY KEY (order_id, item_id)
);

CREATE TABLE payments (                   -- an order may have several attempts: failed, then success
    payment_id INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders (order_id),
    method     VARCHAR NOT NULL,          -- 'upi', 'card', 'cod' (cash on delivery) or 'wallet'
    status     VARCHAR NOT NULL,          -- 'success', 'failed' or 'refunded'
    amount     DECIMAL(10, 2) NOT NULL,
    paid_at    TIMESTAMP NOT NULL
);
