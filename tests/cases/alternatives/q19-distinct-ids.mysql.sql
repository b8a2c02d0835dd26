-- q19
SELECT r.name, COUNT(DISTINCT r.city) AS cities, COUNT(DISTINCT r.restaurant_id) AS branches,
       IFNULL(SUM(oi.quantity * oi.unit_price), 0) AS revenue
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
LEFT JOIN order_items oi ON oi.order_id = o.order_id
GROUP BY r.name
HAVING cities > 1
ORDER BY revenue DESC, r.name
