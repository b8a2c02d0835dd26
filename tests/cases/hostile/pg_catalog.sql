-- refused: pg_catalog
-- dialect: postgres
SELECT tablename FROM pg_catalog.pg_tables
