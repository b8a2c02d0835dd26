-- dialect: duckdb
-- expect: parses-and-runs=fail
-- feedback: parses-and-runs: read_text() reads files
CREATE TABLE users (user_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE secrets AS SELECT * FROM read_text('/etc/passwd');
