-- q17
WITH per_order AS (
    SELECT o.order_id, o.coupon_code, o.status, SUM(oi.quantity * oi.unit_price) AS total
    FROM orders o JOIN order_items oi USING (order_id)
    GROUP BY ALL
), labelled AS (
    SELECT coupon_code AS coupon, status, total FROM per_order WHERE coupon_code IS NOT NULL
    UNION ALL
    SELECT 'none', status, total FROM per_order WHERE coupon_code IS NULL
)
SELECT coupon, COUNT(*) AS n, COUNT(*) FILTER (status = 'delivered'),
       COALESCE(SUM(total) FILTER (status = 'delivered'), 0)
FROM labelled
GROUP BY coupon
ORDER BY n DESC, coupon
