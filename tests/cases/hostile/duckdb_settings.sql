-- refused: duckdb_settings
-- dialect: duckdb
SELECT name, value FROM duckdb_settings()
