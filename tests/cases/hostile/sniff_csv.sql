-- refused: sniff_csv
-- dialect: duckdb
-- raw: fails
SELECT * FROM sniff_csv('{tmp}/answers.csv')
