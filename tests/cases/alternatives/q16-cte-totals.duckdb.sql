-- q16
WITH june AS (
    SELECT o.user_id, o.order_id, SUM(oi.quantity * oi.unit_price) AS total
    FROM orders o JOIN order_items oi USING (order_id)
    WHERE o.status = 'delivered' AND o.placed_at >= DATE '2026-06-01' AND o.placed_at < DATE '2026-07-01'
    GROUP BY o.user_id, o.order_id
)
SELECT u.user_id, u.name, COUNT(*) AS n, SUM(j.total)
FROM june j JOIN users u USING (user_id)
GROUP BY u.user_id, u.name
HAVING COUNT(*) >= 3
ORDER BY n DESC, u.user_id
