-- refused: EXPORT
-- dialect: duckdb
-- raw: fails
EXPORT DATABASE '{tmp}/dump'
