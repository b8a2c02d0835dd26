-- q13
WITH daily AS (
    SELECT DATE(o.placed_at) AS day, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered' AND o.placed_at >= '2026-06-24'
    GROUP BY DATE(o.placed_at)
), running AS (
    SELECT day, revenue, SUM(revenue) OVER (ORDER BY day) AS running_total FROM daily
)
SELECT day, revenue, running_total FROM running ORDER BY day
