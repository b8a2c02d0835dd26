-- q09
SELECT s.order_id, s.method, s.amount, COUNT(*) AS failed_attempts
FROM payments AS s
INNER JOIN payments AS f ON f.order_id = s.order_id
WHERE s.status = 'success' AND f.status = 'failed'
GROUP BY s.payment_id
