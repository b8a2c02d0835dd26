-- refused: glob
-- dialect: duckdb
-- raw: fails
SELECT file FROM glob('{tmp}/*')
