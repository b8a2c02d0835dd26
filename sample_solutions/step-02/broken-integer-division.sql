-- dialect: postgres
-- Broken: integer division, which PostgreSQL truncates (7 / 2 = 3).
-- - Answer 10 computes 100 * successful / attempts on integers, so the rate loses its decimal:
--   step-2/q10 must fail.
-- - Answer 8 casts the seconds to an integer and divides by 60 before averaging, so every delivery
--   time is cut to whole minutes: step-2/q08 must fail.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q08
SELECT r.restaurant_id, r.name,
       count(o.order_id) AS delivered_orders,
       round(avg(extract(epoch FROM o.delivered_at - o.placed_at)::int / 60), 1) AS avg_minutes
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
GROUP BY r.restaurant_id
ORDER BY r.restaurant_id;

-- q10
SELECT method,
       count(*)                                   AS attempts,
       count(*) FILTER (WHERE status = 'success') AS successful,
       count(*) FILTER (WHERE status = 'failed')  AS failed,
       round(100 * count(*) FILTER (WHERE status = 'success') / count(*), 1) AS success_rate
FROM payments
GROUP BY method
ORDER BY method;
