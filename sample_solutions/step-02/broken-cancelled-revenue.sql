-- dialect: duckdb
-- Broken: revenue summed over every order, cancelled and still-placed ones included, not only delivered ones.
-- - Answer 4 has no status filter at all (and counts every order as delivered): step-2/q04 must fail.
-- - Answer 19 drops the status filter from its revenue CTE: step-2/q19 must fail.
-- Everything else is correct and passes.
-- base: correct-duckdb.sql (every answer not in this file is taken from it)

-- q04
SELECT CAST(DATE_TRUNC('month', o.placed_at) AS DATE) AS month,
       SUM(oi.quantity * oi.unit_price) AS revenue,
       COUNT(DISTINCT o.order_id) AS delivered_orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
GROUP BY CAST(DATE_TRUNC('month', o.placed_at) AS DATE)
ORDER BY month

-- q19
WITH revenue AS (
    SELECT o.restaurant_id, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    GROUP BY o.restaurant_id
)
SELECT r.name, COUNT(DISTINCT r.city) AS cities, COUNT(*) AS branches, COALESCE(SUM(v.revenue), 0) AS revenue
FROM restaurants r
LEFT JOIN revenue v ON v.restaurant_id = r.restaurant_id
GROUP BY r.name
HAVING COUNT(DISTINCT r.city) > 1
ORDER BY revenue DESC, r.name
