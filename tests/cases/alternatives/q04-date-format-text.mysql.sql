-- q04
SELECT DATE_FORMAT(o.placed_at, '%Y-%m-01') AS month,
       SUM(oi.quantity * oi.unit_price) AS revenue,
       COUNT(DISTINCT o.order_id) AS delivered_orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY month
ORDER BY month
