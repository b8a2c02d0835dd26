-- refused: INTO
-- dialect: postgres
SELECT * INTO stolen FROM (SELECT 1 AS x) AS t
