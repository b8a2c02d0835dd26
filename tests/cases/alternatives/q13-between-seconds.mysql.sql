-- q13
SELECT DATE(o.placed_at) AS d, SUM(oi.quantity * oi.unit_price) AS rev, SUM(SUM(oi.quantity * oi.unit_price)) OVER (ORDER BY DATE(o.placed_at))
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered' AND o.placed_at BETWEEN '2026-06-24 00:00:00' AND '2026-06-30 23:59:59'
GROUP BY DATE(o.placed_at) ORDER BY d
