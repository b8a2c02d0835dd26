-- refused: INTO
-- dialect: mysql
-- raw: fails
SELECT * FROM users INTO OUTFILE '{tmp}/users.txt'
