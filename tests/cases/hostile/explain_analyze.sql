-- refused: EXPLAIN
-- dialect: postgres
EXPLAIN ANALYZE SELECT 1
