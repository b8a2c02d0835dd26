-- dialect: postgres
-- Broken: plain joins that drop the rows a LEFT JOIN should keep.
-- - Answer 7 joins users to orders with an inner JOIN, so Pune users who never ordered vanish:
--   step-2/q07 must fail (the never-ordered hidden dataset has such users).
-- - Answer 8 keeps the LEFT JOIN but filters o.status = 'delivered' in WHERE, which turns it into an
--   inner join, so restaurants with no delivered order vanish: step-2/q08 must fail.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q07
SELECT u.user_id, u.name,
       count(o.order_id)                                       AS orders,
       count(o.order_id) FILTER (WHERE o.status = 'delivered') AS delivered_orders
FROM users u
JOIN orders o ON o.user_id = u.user_id
WHERE u.city = 'Pune'
GROUP BY u.user_id
ORDER BY u.user_id;

-- q08
SELECT r.restaurant_id, r.name,
       count(o.order_id) AS delivered_orders,
       round((avg(extract(epoch FROM o.delivered_at - o.placed_at)) / 60)::numeric, 1) AS avg_minutes
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id
WHERE o.status = 'delivered'
GROUP BY r.restaurant_id
ORDER BY r.restaurant_id;
