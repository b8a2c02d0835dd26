-- q19
WITH chains AS (
    SELECT name FROM restaurants GROUP BY name HAVING COUNT(DISTINCT city) > 1
), line_revenue AS (
    SELECT r.name, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM restaurants r JOIN orders o USING (restaurant_id) JOIN order_items oi USING (order_id)
    WHERE o.status = 'delivered'
    GROUP BY r.name
)
SELECT c.name,
       (SELECT COUNT(DISTINCT city) FROM restaurants r WHERE r.name = c.name),
       (SELECT COUNT(*) FROM restaurants r WHERE r.name = c.name),
       COALESCE(l.revenue, 0) AS revenue
FROM chains c LEFT JOIN line_revenue l ON l.name = c.name
ORDER BY revenue DESC, c.name
