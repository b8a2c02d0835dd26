-- refused: COPY
-- dialect: postgres
-- raw: fails
COPY users TO '{tmp}/users.csv'
