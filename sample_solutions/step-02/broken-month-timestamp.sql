-- dialect: duckdb
-- Broken: answer 4 returns DATE_TRUNC('month', placed_at) as it is: the right month, but a TIMESTAMP
-- (2026-01-01 00:00:00) where the question asks for the month as a DATE. step-2/q04 must fail, naming the
-- column and its type. Everything else is correct and passes.
-- base: correct-duckdb.sql (every answer not in this file is taken from it)

-- q04
SELECT DATE_TRUNC('month', o.placed_at) AS month,
       SUM(oi.quantity * oi.unit_price) AS revenue,
       COUNT(DISTINCT o.order_id) AS delivered_orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY DATE_TRUNC('month', o.placed_at)
ORDER BY month;
