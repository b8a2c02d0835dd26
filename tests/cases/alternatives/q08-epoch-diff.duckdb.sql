-- q08
SELECT r.restaurant_id, r.name,
       COUNT(o.order_id) AS delivered_orders,
       ROUND(AVG((epoch(o.delivered_at) - epoch(o.placed_at)) / 60), 1) AS avg_minutes
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
GROUP BY ALL
ORDER BY 1
