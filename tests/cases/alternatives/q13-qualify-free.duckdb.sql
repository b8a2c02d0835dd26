-- q13
SELECT placed_at::DATE AS day, SUM(oi.quantity * oi.unit_price) AS revenue,
       SUM(SUM(oi.quantity * oi.unit_price)) OVER (ORDER BY placed_at::DATE) AS running_total
FROM orders o JOIN order_items oi USING (order_id)
WHERE o.status = 'delivered' AND o.placed_at >= DATE '2026-06-24'
GROUP BY day
ORDER BY day
