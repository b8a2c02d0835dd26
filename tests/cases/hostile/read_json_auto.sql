-- refused: read_json_auto
-- dialect: duckdb
-- raw: fails
SELECT * FROM read_json_auto('{tmp}/secret.json')
