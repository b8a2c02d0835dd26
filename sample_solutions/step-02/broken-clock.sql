-- dialect: postgres
-- Broken: "today" read from the clock instead of the reference date 2026-06-30.
-- - Answer 13 starts the week at current_date - 6: step-2/q13 must fail (refused before it runs: it reads the clock).
-- - Answer 18 takes "2026" as date_trunc('year', now()): step-2/q18 must fail for the same reason.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q13
WITH daily AS (
    SELECT o.placed_at::date AS day, sum(oi.quantity * oi.unit_price) AS revenue
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
      AND o.placed_at >= current_date - 6
    GROUP BY 1
)
SELECT day, revenue, sum(revenue) OVER (ORDER BY day) AS running_total
FROM daily
ORDER BY day;

-- q18
SELECT DISTINCT ON (u.user_id) u.user_id, u.name, u.email
FROM users u
JOIN orders o ON o.user_id = u.user_id
WHERE u.phone IS NULL
  AND o.placed_at >= date_trunc('year', now())
ORDER BY u.user_id;
