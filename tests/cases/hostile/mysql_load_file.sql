-- refused: load_file
-- dialect: mysql
-- raw: fails
SELECT LOAD_FILE('/etc/passwd')
