-- q11
SELECT r.city, COUNT(DISTINCT o.order_id), IFNULL(SUM(p.amount), 0)
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'cancelled'
LEFT JOIN payments p ON p.order_id = o.order_id AND p.status = 'refunded'
GROUP BY r.city
ORDER BY r.city
