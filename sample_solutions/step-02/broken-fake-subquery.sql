-- dialect: duckdb
-- Broken: answer 15 compares each order with its restaurant's average in one query (a window over the
-- aggregate, filtered by QUALIFY) and reads orders through (SELECT * FROM orders), a subquery that only
-- re-lists the table, to look like one. The rows are right; step-2/q15 must fail, saying that subquery does
-- no work of its own. Everything else is correct and passes.
-- base: correct-duckdb.sql (every answer not in this file is taken from it)

-- q15
SELECT o.order_id, o.restaurant_id, SUM(oi.quantity * oi.unit_price) AS total
FROM (SELECT * FROM orders) o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY o.order_id, o.restaurant_id, o.placed_at
QUALIFY o.placed_at >= DATE '2026-06-01'
    AND SUM(oi.quantity * oi.unit_price) > AVG(SUM(oi.quantity * oi.unit_price)) OVER (PARTITION BY o.restaurant_id)
ORDER BY o.order_id;
