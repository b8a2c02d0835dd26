-- q16
SELECT u.user_id, u.name, count(DISTINCT o.order_id) AS n, sum(oi.quantity * oi.unit_price)
FROM users u
JOIN orders o ON o.user_id = u.user_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered' AND date_trunc('month', o.placed_at) = DATE '2026-06-01'
GROUP BY u.user_id
HAVING count(DISTINCT o.order_id) >= 3
ORDER BY n DESC, u.user_id
