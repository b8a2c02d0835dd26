-- refused: DELETE
-- dialect: postgres
-- raw: fails
WITH gone AS (DELETE FROM orders RETURNING *)
SELECT COUNT(*) FROM gone
