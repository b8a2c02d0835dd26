-- refused: read_blob
-- dialect: duckdb
-- raw: fails
SELECT * FROM read_blob('{tmp}/secret.txt')
