-- refused: read_text
-- dialect: duckdb
-- raw: fails
SELECT content FROM read_text('/etc/passwd')
