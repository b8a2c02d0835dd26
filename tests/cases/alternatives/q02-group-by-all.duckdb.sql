-- q02
SELECT o.order_id, r.name, r.city, o.status, o.placed_at, SUM(oi.quantity * oi.unit_price) AS total
FROM orders o
JOIN restaurants r ON r.restaurant_id = o.restaurant_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.user_id = 1
GROUP BY ALL
ORDER BY placed_at DESC, order_id
