-- q03
SELECT restaurant_id, name, city, revenue FROM (
    SELECT r.restaurant_id, r.name, r.city, SUM(oi.quantity * oi.unit_price) AS revenue,
           ROW_NUMBER() OVER (ORDER BY SUM(oi.quantity * oi.unit_price) DESC, r.restaurant_id) AS pos
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY r.restaurant_id, r.name, r.city
) AS ranked
WHERE pos <= 5
ORDER BY revenue DESC, restaurant_id
