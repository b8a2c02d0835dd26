-- q19
SELECT r.name, count(DISTINCT r.city), count(*),
       coalesce(sum((SELECT sum(oi.quantity * oi.unit_price) FROM orders o JOIN order_items oi USING (order_id)
                     WHERE o.restaurant_id = r.restaurant_id AND o.status = 'delivered')), 0) AS revenue
FROM restaurants r
GROUP BY r.name
HAVING count(DISTINCT r.city) > 1
ORDER BY revenue DESC, r.name
