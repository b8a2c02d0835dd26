-- q08
SELECT r.restaurant_id, r.name, COUNT(o.order_id), ROUND(AVG(TIME_TO_SEC(TIMEDIFF(o.delivered_at, o.placed_at))) / 60, 1)
FROM restaurants r LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered' GROUP BY r.restaurant_id ORDER BY r.restaurant_id
