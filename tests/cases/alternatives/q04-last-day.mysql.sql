-- q04
SELECT DATE_ADD(LAST_DAY(DATE_SUB(o.placed_at, INTERVAL 1 MONTH)), INTERVAL 1 DAY) AS month,
       SUM(oi.quantity * oi.unit_price), COUNT(DISTINCT o.order_id)
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY 1 ORDER BY 1
