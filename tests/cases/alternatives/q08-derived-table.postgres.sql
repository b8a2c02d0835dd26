-- q08
SELECT r.restaurant_id, r.name, coalesce(d.n, 0), d.avg_minutes
FROM restaurants r
LEFT JOIN (
    SELECT restaurant_id, count(*) AS n,
           round(avg(extract(epoch FROM delivered_at - placed_at) / 60.0), 1) AS avg_minutes
    FROM orders
    WHERE status = 'delivered'
    GROUP BY restaurant_id
) d ON d.restaurant_id = r.restaurant_id
ORDER BY r.restaurant_id
