-- q02
SELECT o.order_id, r.name, r.city, o.status, o.placed_at,
       (SELECT SUM(oi.quantity * oi.unit_price) FROM order_items oi WHERE oi.order_id = o.order_id) AS total
FROM orders o, restaurants r
WHERE r.restaurant_id = o.restaurant_id AND o.user_id = 1
ORDER BY o.placed_at DESC, o.order_id
