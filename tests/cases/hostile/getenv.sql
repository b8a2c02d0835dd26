-- refused: getenv
-- dialect: duckdb
-- raw: fails
SELECT getenv('HOME')
