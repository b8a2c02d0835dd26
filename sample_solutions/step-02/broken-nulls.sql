-- dialect: postgres
-- Broken: NULL treated as a value.
-- - Answer 1 averages coalesce(rating, 0), so unrated restaurants pull the average down: step-2/q01 must fail.
-- - Answer 17 groups by coupon_code without the 'none' label, so orders without a coupon come back as
--   NULL: step-2/q17 must fail.
-- - Answer 18 tests phone = NULL, which is never true, so it returns no rows: step-2/q18 must fail.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q01
SELECT city,
       count(*)                                   AS restaurants,
       count(*) FILTER (WHERE rating IS NOT NULL) AS rated,
       round(avg(coalesce(rating, 0)), 2)         AS avg_rating
FROM restaurants
GROUP BY city
ORDER BY city;

-- q17
WITH totals AS (
    SELECT order_id, sum(quantity * unit_price) AS total
    FROM order_items
    GROUP BY order_id
)
SELECT o.coupon_code AS coupon,
       count(*)                                          AS orders,
       count(*) FILTER (WHERE o.status = 'delivered')     AS delivered_orders,
       coalesce(sum(t.total) FILTER (WHERE o.status = 'delivered'), 0) AS revenue
FROM orders o
JOIN totals t USING (order_id)
GROUP BY 1
ORDER BY orders DESC, coupon;

-- q18
SELECT DISTINCT ON (u.user_id) u.user_id, u.name, u.email
FROM users u
JOIN orders o ON o.user_id = u.user_id
WHERE u.phone = NULL
  AND o.placed_at >= '2026-01-01'::date
ORDER BY u.user_id;
