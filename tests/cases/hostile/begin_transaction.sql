-- refused: BEGIN
-- dialect: postgres
BEGIN TRANSACTION
