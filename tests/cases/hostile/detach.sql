-- refused: DETACH
-- dialect: duckdb
-- raw: fails
DETACH memory
