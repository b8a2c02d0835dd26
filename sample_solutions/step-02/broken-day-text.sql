-- dialect: postgres
-- Broken: answer 13 returns the day as to_char(placed_at, 'YYYY-MM-DD'): the right day, but text where the
-- question asks for a DATE. step-2/q13 must fail, naming the column and its type. Everything else is correct
-- and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q13
SELECT to_char(o.placed_at, 'YYYY-MM-DD') AS day,
       sum(oi.quantity * oi.unit_price) AS revenue,
       sum(sum(oi.quantity * oi.unit_price)) OVER (ORDER BY to_char(o.placed_at, 'YYYY-MM-DD')) AS running_total
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered' AND o.placed_at >= DATE '2026-06-24'
GROUP BY to_char(o.placed_at, 'YYYY-MM-DD')
ORDER BY day;
