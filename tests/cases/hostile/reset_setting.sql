-- refused: RESET
-- dialect: duckdb
RESET threads
