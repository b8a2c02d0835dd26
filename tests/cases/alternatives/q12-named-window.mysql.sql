-- q12
SELECT city, restaurant_id, name, revenue, revenue_rank FROM (
    SELECT r.city, r.restaurant_id, r.name, SUM(oi.quantity * oi.unit_price) AS revenue,
           RANK() OVER w AS revenue_rank
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY r.city, r.restaurant_id, r.name
    WINDOW w AS (PARTITION BY r.city ORDER BY SUM(oi.quantity * oi.unit_price) DESC)
) ranked
WHERE revenue_rank <= 3
ORDER BY city, revenue_rank, restaurant_id
