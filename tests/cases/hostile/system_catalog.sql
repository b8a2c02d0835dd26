-- refused: system
-- dialect: duckdb
SELECT * FROM system.main.duckdb_settings
