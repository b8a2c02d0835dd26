-- refused: read_csv_auto
-- dialect: duckdb
-- raw: fails
SELECT CAST(order_id AS VARCHAR) FROM orders
UNION ALL
SELECT * FROM read_csv_auto('{tmp}/answers.csv')
