-- q13
SELECT d::date AS day, sum(oi.quantity * oi.unit_price) AS revenue, sum(sum(oi.quantity * oi.unit_price)) OVER (ORDER BY d::date)
FROM generate_series(DATE '2026-06-24', DATE '2026-06-30', INTERVAL '1 day') AS d
JOIN orders o ON o.placed_at::date = d::date AND o.status = 'delivered'
JOIN order_items oi ON oi.order_id = o.order_id GROUP BY d ORDER BY day
