-- q11
SELECT c.city,
       (SELECT count(*) FROM orders o JOIN restaurants r USING (restaurant_id)
        WHERE r.city = c.city AND o.status = 'cancelled'),
       (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN orders o USING (order_id) JOIN restaurants r USING (restaurant_id)
        WHERE r.city = c.city AND o.status = 'cancelled' AND p.status = 'refunded')
FROM (SELECT DISTINCT city FROM restaurants) c
ORDER BY c.city
