-- refused: query_table
-- dialect: duckdb
SELECT * FROM query_table('orders')
