-- refused: USE
-- dialect: duckdb
-- raw: fails
USE system
