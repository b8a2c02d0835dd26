-- q04
SELECT CONVERT(DATE_FORMAT(o.placed_at, '%Y-%m-01'), DATE) AS m, SUM(oi.quantity * oi.unit_price), COUNT(DISTINCT o.order_id)
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id WHERE o.status = 'delivered' GROUP BY m ORDER BY m
