-- q09
WITH failed AS (
    SELECT order_id, count(*) AS n FROM payments WHERE status = 'failed' GROUP BY order_id
)
SELECT p.order_id, p.method, p.amount, f.n
FROM payments p JOIN failed f ON f.order_id = p.order_id
WHERE p.status = 'success'
