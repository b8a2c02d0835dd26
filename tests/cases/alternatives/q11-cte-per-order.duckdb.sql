-- q11
WITH cancelled AS (
    SELECT o.order_id, r.city,
           (SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.order_id = o.order_id AND p.status = 'refunded') AS refunded
    FROM orders o JOIN restaurants r USING (restaurant_id)
    WHERE o.status = 'cancelled'
)
SELECT c.city, COUNT(x.order_id), COALESCE(SUM(x.refunded), 0)
FROM (SELECT DISTINCT city FROM restaurants) c
LEFT JOIN cancelled x ON x.city = c.city
GROUP BY c.city
ORDER BY c.city
