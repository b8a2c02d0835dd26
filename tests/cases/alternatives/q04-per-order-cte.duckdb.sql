-- q04
WITH delivered AS (
    SELECT o.order_id, DATE_TRUNC('month', o.placed_at)::DATE AS month, SUM(oi.quantity * oi.unit_price) AS total
    FROM orders o JOIN order_items oi USING (order_id)
    WHERE o.status = 'delivered'
    GROUP BY o.order_id, month
)
SELECT month, SUM(total), COUNT(*) FROM delivered GROUP BY month ORDER BY month
