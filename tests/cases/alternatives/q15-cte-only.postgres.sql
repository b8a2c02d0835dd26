-- q15
WITH totals AS (
    SELECT o.order_id, o.restaurant_id, o.placed_at, sum(oi.quantity * oi.unit_price) AS total
    FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY o.order_id, o.restaurant_id, o.placed_at
), averages AS (
    SELECT restaurant_id, avg(total) AS average FROM totals GROUP BY restaurant_id
)
SELECT t.order_id, t.restaurant_id, t.total
FROM totals t JOIN averages a ON a.restaurant_id = t.restaurant_id
WHERE t.placed_at >= DATE '2026-06-01' AND t.placed_at < DATE '2026-07-01' AND t.total > a.average
ORDER BY t.order_id
