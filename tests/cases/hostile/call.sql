-- refused: CALL
-- dialect: duckdb
CALL pragma_version()
