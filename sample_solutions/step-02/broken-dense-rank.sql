-- dialect: duckdb
-- Broken: answer 12 ranks with DENSE_RANK() where the question asks for RANK(): after two restaurants tie
-- for first place, DENSE_RANK gives the next one rank 2 (RANK gives 3), so a fourth restaurant gets in.
-- step-2/q12 must fail on data with a tie inside a city's top three. Everything else is correct and passes.
-- base: correct-duckdb.sql (every answer not in this file is taken from it)

-- q12
WITH revenue AS (
    SELECT r.city, r.restaurant_id, r.name, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY r.city, r.restaurant_id, r.name
), ranked AS (
    SELECT city, restaurant_id, name, revenue,
           DENSE_RANK() OVER (PARTITION BY city ORDER BY revenue DESC) AS revenue_rank
    FROM revenue
)
SELECT city, restaurant_id, name, revenue, revenue_rank
FROM ranked
WHERE revenue_rank <= 3
ORDER BY city, revenue_rank, restaurant_id;
