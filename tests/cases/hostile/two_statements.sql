-- refused: 2 statements
-- dialect: duckdb
-- raw: fails
SELECT 1;
COPY (SELECT 42) TO '{tmp}/second.csv'
