-- refused: pg_read_file
-- dialect: postgres
-- raw: fails
SELECT pg_read_file('/etc/passwd')
