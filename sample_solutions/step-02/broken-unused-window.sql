-- dialect: duckdb
-- Broken: answer 14 finds each order's previous one with a correlated subquery, and computes a
-- ROW_NUMBER() OVER (...) column that the outer query never reads, only to look like a window function.
-- The rows are right; step-2/q14 must fail, saying the window function's column is never used.
-- Everything else is correct and passes.
-- base: correct-duckdb.sql (every answer not in this file is taken from it)

-- q14
SELECT order_id, placed_at, days_since_previous FROM (
    SELECT o.order_id, o.placed_at,
           CAST(o.placed_at AS DATE) - CAST((
               SELECT MAX(p.placed_at) FROM orders p
               WHERE p.user_id = 1
                 AND (p.placed_at < o.placed_at OR (p.placed_at = o.placed_at AND p.order_id < o.order_id))
           ) AS DATE) AS days_since_previous,
           ROW_NUMBER() OVER (ORDER BY o.placed_at, o.order_id) AS n
    FROM orders o
    WHERE o.user_id = 1
) t
ORDER BY placed_at, order_id;
