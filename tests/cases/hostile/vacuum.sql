-- refused: VACUUM
-- dialect: postgres
VACUUM
