-- refused: query
-- dialect: duckdb
-- raw: fails
SELECT * FROM query('SELECT * FROM read_text(''/etc/passwd'')')
