-- q04
SELECT to_char(o.placed_at, 'YYYY-MM-01')::date AS month, sum(oi.quantity * oi.unit_price), count(DISTINCT o.order_id)
FROM orders o JOIN order_items oi USING (order_id) WHERE o.status = 'delivered' GROUP BY 1 ORDER BY 1
