-- refused: temp
-- dialect: duckdb
-- raw: fails
SELECT * FROM temp.main.orders
