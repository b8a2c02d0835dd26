-- q09
SELECT s.order_id, s.method, s.amount,
       (SELECT COUNT(*) FROM payments f WHERE f.order_id = s.order_id AND f.status = 'failed') AS failed_attempts
FROM payments s
WHERE s.status = 'success'
HAVING failed_attempts > 0
