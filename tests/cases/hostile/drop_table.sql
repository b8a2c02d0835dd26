-- refused: DROP
-- dialect: mysql
-- raw: fails
DROP TABLE orders
