-- refused: read_parquet
-- dialect: duckdb
-- raw: fails
SELECT * FROM read_parquet('{tmp}/*.parquet')
