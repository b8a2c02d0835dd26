-- refused: CHECKPOINT
-- dialect: duckdb
CHECKPOINT
