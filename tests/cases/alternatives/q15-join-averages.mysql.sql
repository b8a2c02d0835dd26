-- q15
SELECT t.order_id, t.restaurant_id, t.total
FROM (
    SELECT o.order_id, o.restaurant_id, o.placed_at, SUM(oi.quantity * oi.unit_price) AS total
    FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY o.order_id, o.restaurant_id, o.placed_at
) t
JOIN (
    SELECT restaurant_id, AVG(total) AS avg_total FROM (
        SELECT o.restaurant_id, SUM(oi.quantity * oi.unit_price) AS total
        FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
        WHERE o.status = 'delivered'
        GROUP BY o.order_id, o.restaurant_id
    ) x GROUP BY restaurant_id
) a ON a.restaurant_id = t.restaurant_id
WHERE t.placed_at >= '2026-06-01' AND t.total > a.avg_total
ORDER BY t.order_id
