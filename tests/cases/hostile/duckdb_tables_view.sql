-- refused: duckdb_tables
-- dialect: duckdb
SELECT * FROM duckdb_tables
