-- q15
SELECT o.order_id, o.restaurant_id, sum(oi.quantity * oi.unit_price) AS total
FROM orders o JOIN order_items oi USING (order_id)
WHERE o.status = 'delivered'
  AND o.placed_at >= '2026-06-01' AND o.placed_at < '2026-07-01'
GROUP BY o.order_id
HAVING sum(oi.quantity * oi.unit_price) > (
    SELECT avg(t.total) FROM (
        SELECT sum(oi2.quantity * oi2.unit_price) AS total
        FROM orders o2 JOIN order_items oi2 USING (order_id)
        WHERE o2.status = 'delivered' AND o2.restaurant_id = o.restaurant_id
        GROUP BY o2.order_id
    ) t
)
ORDER BY o.order_id
