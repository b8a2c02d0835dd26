-- dialect: duckdb
-- Broken: answer 17 lists payments in FROM but forgets its join condition, so every order line is paired
-- with every payment (about 900 million rows). step-2/q17 must fail: the grader stops it at the time
-- limit, and still grades the other nineteen answers, which pass.
-- base: correct-duckdb.sql (every answer not in this file is taken from it)

-- q17
SELECT COALESCE(o.coupon_code, 'none') AS coupon,
       COUNT(DISTINCT o.order_id) AS orders,
       COUNT(DISTINCT CASE WHEN o.status = 'delivered' THEN o.order_id END) AS delivered_orders,
       COALESCE(SUM(CASE WHEN o.status = 'delivered' THEN oi.quantity * oi.unit_price END), 0) AS revenue
FROM orders o, order_items oi, payments p
WHERE oi.order_id = o.order_id
GROUP BY 1
ORDER BY orders DESC, coupon
