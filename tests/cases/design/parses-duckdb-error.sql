-- dialect: postgres
-- expect: parses-and-runs=fail, primary-keys=pass
-- feedback: parses-and-runs: line 4: DuckDB: Catalog Error: Type with name MONEYY does not exist
CREATE TABLE items (item_id INTEGER PRIMARY KEY, price MONEYY NOT NULL);
