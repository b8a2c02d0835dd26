-- q17
SELECT IFNULL(o.coupon_code, 'none') AS coupon, COUNT(*) AS n,
       SUM(o.status = 'delivered'),
       IFNULL(SUM(CASE WHEN o.status = 'delivered' THEN
           (SELECT SUM(oi.quantity * oi.unit_price) FROM order_items oi WHERE oi.order_id = o.order_id) END), 0)
FROM orders o
GROUP BY coupon
ORDER BY n DESC, coupon
