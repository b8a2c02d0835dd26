-- refused: INSERT
-- dialect: postgres
-- raw: fails
INSERT INTO orders (order_id) VALUES (1)
