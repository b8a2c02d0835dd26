-- refused: INSTALL
-- dialect: duckdb
-- raw: fails
INSTALL httpfs
