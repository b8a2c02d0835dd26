-- refused: SET
-- dialect: duckdb
-- raw: fails
SET memory_limit = '64GB'
