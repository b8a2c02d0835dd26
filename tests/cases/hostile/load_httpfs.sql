-- refused: LOAD
-- dialect: duckdb
-- raw: fails
LOAD httpfs
