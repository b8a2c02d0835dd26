-- refused: read_csv
-- dialect: duckdb
-- raw: fails
SELECT * FROM read_csv('{tmp}/answers.csv')
