-- dialect: postgres
-- expect: parses-and-runs=fail
-- feedback: parses-and-runs: line 6: the foreign key orders (user_id) -> users (id) names column users.id, which does not exist
CREATE TABLE users (user_id INTEGER PRIMARY KEY);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL);
ALTER TABLE orders ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id);
