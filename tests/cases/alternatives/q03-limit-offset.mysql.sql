-- q03
SELECT r.restaurant_id, r.name, r.city, SUM(oi.quantity * oi.unit_price) AS revenue
FROM restaurants r JOIN orders o ON o.restaurant_id = r.restaurant_id JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered' GROUP BY r.restaurant_id, r.name, r.city ORDER BY revenue DESC, r.restaurant_id LIMIT 0, 5
