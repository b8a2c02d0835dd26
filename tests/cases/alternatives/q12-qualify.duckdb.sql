-- q12
SELECT r.city, r.restaurant_id, r.name, SUM(oi.quantity * oi.unit_price) AS revenue,
       RANK() OVER (PARTITION BY r.city ORDER BY SUM(oi.quantity * oi.unit_price) DESC) AS rnk
FROM restaurants r
JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
JOIN order_items oi ON oi.order_id = o.order_id
GROUP BY r.city, r.restaurant_id, r.name
QUALIFY rnk <= 3
ORDER BY r.city, rnk, r.restaurant_id
