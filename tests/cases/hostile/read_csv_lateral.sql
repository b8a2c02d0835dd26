-- refused: read_csv
-- dialect: duckdb
-- raw: fails
SELECT u.name, f.* FROM users AS u, LATERAL read_csv('{tmp}/answers.csv') AS f
