-- refused: COPY
-- dialect: duckdb
-- raw: fails
COPY (SELECT 42 AS leaked) TO '{tmp}/leak.csv' (HEADER)
