-- q13
WITH daily AS (
    SELECT DATE(o.placed_at) AS day, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
      AND o.placed_at >= DATE_SUB(DATE '2026-06-30', INTERVAL 6 DAY)
      AND o.placed_at < DATE_ADD(DATE '2026-06-30', INTERVAL 1 DAY)
    GROUP BY DATE(o.placed_at)
)
SELECT day, revenue, SUM(revenue) OVER (ORDER BY day) FROM daily ORDER BY day
