-- refused: CREATE
-- dialect: duckdb
CREATE TABLE stolen AS SELECT 1 AS x
