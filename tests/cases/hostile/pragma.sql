-- refused: PRAGMA
-- dialect: duckdb
PRAGMA database_list
