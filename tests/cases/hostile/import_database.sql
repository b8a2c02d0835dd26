-- refused: IMPORT
-- dialect: duckdb
-- raw: fails
IMPORT DATABASE '{tmp}/dump'
