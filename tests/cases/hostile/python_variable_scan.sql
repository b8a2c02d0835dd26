-- refused: grader_secret
-- dialect: duckdb
-- raw: fails
SELECT * FROM grader_secret
