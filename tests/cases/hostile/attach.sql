-- refused: ATTACH
-- dialect: duckdb
-- raw: fails
ATTACH '{tmp}/other.db' AS other
