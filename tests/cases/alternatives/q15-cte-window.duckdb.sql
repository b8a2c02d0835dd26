-- q15
WITH totals AS (
    SELECT o.order_id, o.restaurant_id, o.placed_at, SUM(oi.quantity * oi.unit_price) AS total,
           AVG(SUM(oi.quantity * oi.unit_price)) OVER (PARTITION BY o.restaurant_id) AS average
    FROM orders o JOIN order_items oi USING (order_id)
    WHERE o.status = 'delivered'
    GROUP BY o.order_id, o.restaurant_id, o.placed_at
)
SELECT order_id, restaurant_id, total FROM totals
WHERE placed_at >= DATE '2026-06-01' AND total > average
ORDER BY order_id
