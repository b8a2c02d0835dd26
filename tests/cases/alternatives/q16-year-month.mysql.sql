-- q16
SELECT u.user_id, u.name, COUNT(DISTINCT o.order_id) AS n, SUM(oi.quantity * oi.unit_price)
FROM users u
JOIN orders o ON o.user_id = u.user_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered' AND YEAR(o.placed_at) = 2026 AND MONTH(o.placed_at) = 6
GROUP BY u.user_id, u.name
HAVING n >= 3
ORDER BY n DESC, u.user_id
