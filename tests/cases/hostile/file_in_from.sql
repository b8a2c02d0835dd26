-- refused: file
-- dialect: duckdb
-- raw: fails
SELECT * FROM '{tmp}/answers.csv'
