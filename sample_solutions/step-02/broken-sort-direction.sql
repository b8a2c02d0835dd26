-- dialect: mysql
-- Broken: ORDER BY in the wrong direction (ASC is the default, and DESC was forgotten).
-- - Answer 2 lists user 1's orders oldest first instead of newest first: step-2/q02 must fail.
-- - Answer 16 lists the regulars with the fewest orders first: step-2/q16 must fail.
-- Everything else is correct and passes.
-- base: correct-mysql.sql (every answer not in this file is taken from it)

-- q02
SELECT o.order_id, r.`name`, r.city, o.`status`, o.placed_at,
       SUM(oi.quantity * oi.unit_price) AS total
FROM orders AS o
INNER JOIN restaurants AS r ON r.restaurant_id = o.restaurant_id
INNER JOIN order_items AS oi ON oi.order_id = o.order_id
WHERE o.user_id = 1
GROUP BY o.order_id, r.restaurant_id
ORDER BY o.placed_at, o.order_id;

-- q16
SELECT u.user_id, u.`name`,
       COUNT(DISTINCT o.order_id) AS orders,
       SUM(oi.quantity * oi.unit_price) AS revenue
FROM users u
JOIN orders o ON o.user_id = u.user_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.`status` = 'delivered'
  AND DATE_FORMAT(o.placed_at, '%Y-%m') = '2026-06'
GROUP BY u.user_id
HAVING orders >= 3
ORDER BY orders, u.user_id;
