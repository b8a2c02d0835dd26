-- dialect: duckdb
-- expect: parses-and-runs=fail, primary-keys=pass
-- feedback: parses-and-runs: ATTACH is not allowed
ATTACH 'other.db' AS other;
CREATE TABLE users (user_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
