-- dialect: postgres
-- expect: parses-and-runs=pass, not-null=pass, fk-indexed=pass
-- feedback: parses-and-runs: users, which is created later
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (user_id));
CREATE INDEX ON orders (user_id);
CREATE TABLE users (user_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
