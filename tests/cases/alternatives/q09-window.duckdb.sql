-- q09
SELECT order_id, method, amount, failed_attempts
FROM (
    SELECT order_id, method, amount, status,
           COUNT(*) FILTER (WHERE status = 'failed') OVER (PARTITION BY order_id) AS failed_attempts
    FROM payments
) p
WHERE status = 'success' AND failed_attempts > 0
