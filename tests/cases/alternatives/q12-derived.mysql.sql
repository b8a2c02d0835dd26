-- q12
SELECT city, restaurant_id, name, revenue, rnk FROM (
    SELECT t.*, RANK() OVER (PARTITION BY city ORDER BY revenue DESC) AS rnk
    FROM (
        SELECT r.city, r.restaurant_id, r.name, SUM(oi.quantity * oi.unit_price) AS revenue
        FROM restaurants r
        JOIN orders o ON o.restaurant_id = r.restaurant_id
        JOIN order_items oi ON oi.order_id = o.order_id
        WHERE o.status = 'delivered'
        GROUP BY r.restaurant_id, r.city, r.name
    ) AS t
) AS ranked
WHERE rnk <= 3
ORDER BY city, rnk, restaurant_id
