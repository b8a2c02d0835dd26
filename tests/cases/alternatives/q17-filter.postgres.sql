-- q17
SELECT coalesce(o.coupon_code, 'none') AS coupon, count(DISTINCT o.order_id) AS n,
       count(DISTINCT o.order_id) FILTER (WHERE o.status = 'delivered'),
       coalesce(sum(oi.quantity * oi.unit_price) FILTER (WHERE o.status = 'delivered'), 0)
FROM orders o JOIN order_items oi USING (order_id)
GROUP BY 1
ORDER BY n DESC, coupon
