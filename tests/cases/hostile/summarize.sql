-- refused: SUMMARIZE
-- dialect: duckdb
SUMMARIZE orders
