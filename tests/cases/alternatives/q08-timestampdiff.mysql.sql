-- q08
SELECT r.restaurant_id, r.name, COUNT(o.order_id),
       ROUND(AVG(TIMESTAMPDIFF(SECOND, o.placed_at, o.delivered_at) / 60), 1)
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
GROUP BY r.restaurant_id, r.name
ORDER BY r.restaurant_id
