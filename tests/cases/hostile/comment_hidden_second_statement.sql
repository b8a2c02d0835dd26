-- refused: 2 statements
-- dialect: postgres
-- raw: fails
SELECT name FROM users -- the users; nothing else
/* a block comment; with a semicolon */ ;
COPY (SELECT 42) TO '{tmp}/hidden.csv'
