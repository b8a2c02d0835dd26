-- refused: read_text
-- dialect: duckdb
-- raw: fails
SELECT (SELECT content FROM read_text('{tmp}/secret.txt')) AS x
