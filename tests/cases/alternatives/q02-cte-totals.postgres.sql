-- q02
WITH totals AS (SELECT order_id, sum(quantity * unit_price) AS total FROM order_items GROUP BY order_id)
SELECT o.order_id, r.name, r.city, o.status, o.placed_at, t.total
FROM orders o JOIN restaurants r USING (restaurant_id) JOIN totals t USING (order_id)
WHERE o.user_id = 1
ORDER BY o.placed_at DESC, o.order_id
