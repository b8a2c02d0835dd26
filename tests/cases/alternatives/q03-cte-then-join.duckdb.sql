-- q03
WITH revenue AS (
    SELECT o.restaurant_id, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM orders o JOIN order_items oi USING (order_id)
    WHERE o.status = 'delivered'
    GROUP BY o.restaurant_id
)
SELECT r.restaurant_id, r.name, r.city, v.revenue
FROM revenue v JOIN restaurants r USING (restaurant_id)
ORDER BY v.revenue DESC, r.restaurant_id
LIMIT 5
