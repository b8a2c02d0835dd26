-- q04
SELECT CAST(CONCAT(YEAR(o.placed_at), '-', LPAD(MONTH(o.placed_at), 2, '0'), '-01') AS DATE) AS month,
       SUM(oi.quantity * oi.unit_price), COUNT(DISTINCT o.order_id)
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY month ORDER BY month
