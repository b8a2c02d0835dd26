-- dialect: postgres
-- Broken: timestamps treated as dates.
-- - Answer 14 takes the day part of the interval between two placed_at values, which counts whole
--   24-hour periods, not calendar days (23:00 to 01:00 the next day is 0, not 1): step-2/q14 must fail.
-- - Answer 16 filters placed_at BETWEEN '2026-06-01' AND '2026-06-30', which stops at midnight and so
--   misses orders placed later on June 30: step-2/q16 must fail (the boundaries hidden dataset).
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q14
SELECT order_id, placed_at,
       extract(day FROM placed_at - lag(placed_at) OVER (ORDER BY placed_at, order_id)) AS days_since_previous
FROM orders
WHERE user_id = 1
ORDER BY placed_at, order_id;

-- q16
SELECT u.user_id, u.name,
       count(DISTINCT o.order_id)       AS orders,
       sum(oi.quantity * oi.unit_price) AS revenue
FROM users u
JOIN orders o ON o.user_id = u.user_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
  AND o.placed_at BETWEEN '2026-06-01' AND '2026-06-30'
GROUP BY u.user_id
HAVING count(DISTINCT o.order_id) >= 3
ORDER BY orders DESC, u.user_id;
