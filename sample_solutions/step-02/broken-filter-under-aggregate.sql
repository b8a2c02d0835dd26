-- dialect: duckdb
-- Broken: a filter that limits which rows an aggregate sees is applied to one aggregate and dropped from another.
-- - Answer 4 counts delivered orders but sums the lines of every order of the month, cancelled and open ones
--   too: step-2/q04 must fail.
-- - Answer 17 counts delivered orders per coupon but sums the revenue of all of them: step-2/q17 must fail.
-- Everything else is correct and passes.
-- base: correct-duckdb.sql (every answer not in this file is taken from it)

-- q04
SELECT CAST(date_trunc('month', o.placed_at) AS DATE) AS month,
       sum(oi.quantity * oi.unit_price) AS revenue,
       count(DISTINCT o.order_id) FILTER (WHERE o.status = 'delivered') AS delivered_orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
GROUP BY ALL
HAVING count(DISTINCT o.order_id) FILTER (WHERE o.status = 'delivered') > 0
ORDER BY month;

-- q17
WITH totals AS (
    SELECT order_id, sum(quantity * unit_price) AS total
    FROM order_items
    GROUP BY order_id
)
SELECT coalesce(o.coupon_code, 'none') AS coupon,
       count(*) AS orders,
       count(*) FILTER (WHERE o.status = 'delivered') AS delivered_orders,
       coalesce(sum(t.total), 0) AS revenue
FROM orders o
JOIN totals t USING (order_id)
GROUP BY ALL
ORDER BY orders DESC, coupon;
