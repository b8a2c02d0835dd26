-- dialect: postgres
-- expect: parses-and-runs=fail, entities=skipped
-- feedback: parses-and-runs: line 6: a quote
CREATE TABLE users (user_id INTEGER PRIMARY KEY, name TEXT NOT NULL);

CREATE TABLE orders (order_id INTEGER PRIMARY KEY, status TEXT DEFAULT 'placed);
