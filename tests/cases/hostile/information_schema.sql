-- refused: information_schema
-- dialect: postgres
SELECT table_name FROM information_schema.tables
