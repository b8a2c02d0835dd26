-- q12
WITH revenue AS (
    SELECT o.restaurant_id, sum(oi.quantity * oi.unit_price) AS revenue
    FROM orders o JOIN order_items oi USING (order_id)
    WHERE o.status = 'delivered'
    GROUP BY o.restaurant_id
), ranked AS (
    SELECT r.city, r.restaurant_id, r.name, v.revenue, rank() OVER w AS rnk
    FROM revenue v JOIN restaurants r USING (restaurant_id)
    WINDOW w AS (PARTITION BY r.city ORDER BY v.revenue DESC)
)
SELECT city, restaurant_id, name, revenue, rnk FROM ranked WHERE rnk <= 3
ORDER BY city, rnk, restaurant_id
